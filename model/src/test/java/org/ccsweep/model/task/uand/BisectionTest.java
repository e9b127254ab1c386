package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.junit.jupiter.api.Test;

/**
 * The search gallops through 1, 2, 4, … until a width reaches the target, then bisects between the last miss
 * and the least hit until they are within the tolerance; d_min is that hit, and the run keeps its network.
 * A target no width up to model.d-mlp reaches gives no d_min.
 */
class BisectionTest {

    private static RunSpec.Builder bisection() {
        return UandSpecs.small().set(UandKeys.BISECT, true).set(UandKeys.PAIRS, 30).set(Keys.D_MLP, 64)
                .set(Keys.STEPS, 150);
    }

    @Test
    void gallopsThenBisectsToAdjacentWidths() {
        UandResult result = UandExecutor.execute(UandSpecs.run(bisection().set(UandKeys.BISECT_TARGET, 0.45)));
        List<Probe> probes = result.probes();
        int k = 0;
        while (!probes.get(k).reached()) {
            assertThat(probes.get(k).width()).isEqualTo(1 << k);
            k++;
        }
        assertThat(probes.get(k).width()).isEqualTo(1 << k);
        int lo = k == 0 ? 0 : 1 << (k - 1);
        int hi = 1 << k;
        for (Probe probe : probes.subList(k + 1, probes.size())) {
            assertThat(probe.width()).isEqualTo((lo + hi) / 2);
            if (probe.reached()) {
                hi = probe.width();
            } else {
                lo = probe.width();
            }
            assertThat(probe.reached()).isEqualTo(probe.error() <= 0.45);
        }
        assertThat(hi - lo).isEqualTo(1);
        assertThat(result.dMin()).isEqualTo(hi);
        assertThat(result.metrics().get(0).width()).isEqualTo(hi);
        assertThat(result.metrics().get(0).error()).isLessThanOrEqualTo(0.45);
        assertThat(hi).as("a width inside the range, so that the test bisects").isBetween(3, 63);
    }

    @Test
    void toleranceStopsEarlier() {
        UandResult exact = UandExecutor.execute(UandSpecs.run(bisection().set(UandKeys.BISECT_TARGET, 0.45)));
        UandResult coarse = UandExecutor.execute(UandSpecs.run(bisection().set(UandKeys.BISECT_TARGET, 0.45)
                .set(UandKeys.BISECT_TOLERANCE, 0.5)));
        assertThat(coarse.probes().size()).isLessThan(exact.probes().size());
        assertThat(coarse.dMin()).isGreaterThanOrEqualTo(exact.dMin());
        List<Double> coarseErrors = coarse.probes().stream().map(Probe::error).toList();
        List<Double> exactErrors = exact.probes().stream().map(Probe::error).toList();
        assertThat(exactErrors).as("the same probes, bit for bit, until the coarse search stops")
                .startsWith(coarseErrors.toArray(new Double[0]));
    }

    @Test
    void unreachableTargetHasNoMinimum() {
        UandResult result = UandExecutor.execute(UandSpecs.run(bisection().set(Keys.D_MLP, 6)
                .set(UandKeys.BISECT_TARGET, 1e-4)));
        assertThat(result.dMin()).isNull();
        assertThat(result.probes()).extracting(Probe::width).containsExactly(1, 2, 4, 6);
        assertThat(result.probes()).noneMatch(Probe::reached);
        assertThat(result.metrics().get(0).width()).isEqualTo(6);
        assertThat(result.metrics()).hasSize(1);
    }
}
