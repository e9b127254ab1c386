package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Tasks;
import org.ccsweep.model.task.Violation;
import org.junit.jupiter.api.Test;

/** The task's rules between keys, what a run resolves to, and its place in the registry. */
class UandTaskTest {
    private final UandTask task = new UandTask();

    private String problem(RunSpec.Builder spec) {
        return task.check(spec.build()).map(Violation::problem).orElse(null);
    }

    private Violation violation(RunSpec.Builder spec) {
        return task.check(spec.build()).orElseThrow();
    }

    @Test
    void registered() {
        assertThat(Tasks.named("uand")).isInstanceOf(UandTask.class);
        assertThat(task.check(UandSpecs.small().build())).isEmpty();
    }

    @Test
    void rulesBetweenKeys() {
        assertThat(violation(UandSpecs.small().set(UandKeys.PAIRS, 67)).key()).isEqualTo(UandKeys.PAIRS);
        assertThat(problem(UandSpecs.small().set(UandKeys.PAIRS, 67)))
                .isEqualTo("67 is not ≤ C(m, 2) = 66, the pairs of model.n-features = 12");
        assertThat(problem(UandSpecs.small().set(UandKeys.D_EMBED, 12)))
                .startsWith("12 is not < model.n-features (12)");
        assertThat(problem(UandSpecs.small().set(UandKeys.D_OUT, 66)))
                .startsWith("66 is not < the number of outputs m' = 66");
        assertThat(problem(UandSpecs.small().set(Keys.N_FEATURES, 1))).startsWith("1 is not ≥ 2");
        assertThat(problem(UandSpecs.small().set(Keys.P_TRAIN, 1.0))).startsWith("true needs sweep.grid.p-train < 1");
        assertThat(task.check(UandSpecs.small().set(Keys.P_TRAIN, 1.0).set(UandKeys.BALANCED, false).build())).isEmpty();
        Violation tied = violation(UandSpecs.small().set(UandKeys.BISECT, true).set(UandKeys.D_OUT, 4));
        assertThat(tied.key()).isEqualTo(UandKeys.D_OUT);
        assertThat(tied.others()).containsExactly(UandKeys.BISECT);
        assertThat(problem(UandSpecs.small().set(Keys.N_FEATURES, 2000).set(Keys.D_MLP, 100)))
                .startsWith("100 makes a network of 200100100 parameters (d_0 = 2000, d_out = 1999000)");
        assertThat(problem(UandSpecs.small().set(Keys.N_FEATURES, 70_000))).contains("more than 2147483647");
    }

    @Test
    void resolveDropsWhatARunDoesNotUse() {
        RunSpec fixed = UandSpecs.resolved(UandSpecs.small());
        assertThat(fixed.has(UandKeys.CONNECT_P)).isFalse();
        assertThat(fixed.has(UandKeys.BISECT_TARGET)).isFalse();
        assertThat(fixed.has(UandKeys.RIDGE_PENALTY)).isTrue();
        RunSpec construction = UandSpecs.resolved(UandSpecs.small().set(UandKeys.FIRST_LAYER, FirstLayer.CONSTRUCTION));
        assertThat(construction.get(UandKeys.CONNECT_P)).isEqualTo(0.25);
        RunSpec superposed = UandSpecs.resolved(UandSpecs.small().set(UandKeys.D_OUT, 10));
        assertThat(superposed.has(UandKeys.RIDGE_SAMPLES)).isFalse();
        RunSpec bisect = UandSpecs.resolved(UandSpecs.small().set(UandKeys.BISECT, true));
        assertThat(List.of(UandKeys.D_EMBED, UandKeys.D_OUT, UandKeys.RIDGE_PENALTY)).noneMatch(bisect::has);
        assertThat(bisect.get(UandKeys.BISECT_TARGET)).isEqualTo(0.3);
        assertThat(UandSpecs.resolved(UandSpecs.small().set(UandKeys.CONNECT_P, 0.5)))
                .as("p_w of a first layer that is not the construction does not change the run").isEqualTo(fixed);
    }

    /** By hand for m = 12 (66 pairs), d = 16, B = 128 with direct inputs and outputs and the ridge read-off. */
    @Test
    void footprintCountsTheBatchTheParametersAndTheRidgeSums() {
        long batch = 4L * (2 * 128 * 16 + 2 * 128 * 66);
        long parameters = 16L * (12 + 1 + 66) * 16;
        long structure = 4L * (12 * 12 + 2 * 66 * 66 + 66 * 66 + 12 * 16);
        long ridge = 8L * (12 + 1 + 66) * 16 * 16;
        assertThat(task.footprint(UandSpecs.resolved(UandSpecs.small())).bytes())
                .isEqualTo(batch + parameters + structure + ridge);
        assertThat(task.footprint(UandSpecs.resolved(UandSpecs.small().set(UandKeys.BISECT, true))).bytes())
                .isEqualTo(4L * (4 * 128 * 16) + 16L * 33 * 16 + 4L * (12 * 16 + 2 * 66 * 16 + 16 * 16 + 12 * 16));
    }

    @Test
    void runsTrainAlone() {
        assertThat(task.lockstepKey(UandSpecs.resolved(UandSpecs.small()))).isEmpty();
        assertThatThrownBy(() -> task.executeTogether(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReferenceIsTheRunsNetwork() {
        RunSpec spec = UandSpecs.resolved(UandSpecs.small().set(UandKeys.D_EMBED, 6).set(UandKeys.D_OUT, 30));
        assertThat(task.problem(spec).parameterSizes()).containsExactly(6 * 16, 16, 16 * 30);
        RunSpec bisect = UandSpecs.resolved(UandSpecs.small().set(UandKeys.BISECT, true).set(UandKeys.PAIRS, 20));
        assertThat(task.problem(bisect).parameterSizes()).containsExactly(16 * 16, 16, 16 * 16);
        assertThat(task.problem(bisect).outputs()).isEqualTo(20);
    }
}
