package org.ccsweep.model.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.task.Tasks;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.tms.TmsKeys;
import org.junit.jupiter.api.Test;

/**
 * A run's id is derived from every value it holds: a field cannot be added to a spec without entering
 * its id, and no value can change without changing it.
 */
class RunSpecIdentityTest {
    /**
     * A CC run of the low-rank kind with the tms keys added: it holds every key of every task (no one task's run
     * does, but the id is the map's, whatever keys it holds).
     */
    private static final RunSpec FULL = CcSpecs.paper().set(CcKeys.MIXING, MixingKind.LOW_RANK).set(CcKeys.RANK, 10)
            .set(CcKeys.ORTHONORMAL, false).set(CcKeys.TIED, false).set(CcKeys.ZERO_DIAGONAL, true)
            .set(CcKeys.SYMMETRISE, false).set(TmsKeys.IMPORTANCE_DECAY, 0.9).set(TmsKeys.DENSITY_DECAY, 1.0).build();

    @Test
    void theFixtureHoldsEveryDeclaredKey() {
        assertThat(FULL.values().keySet()).containsExactlyInAnyOrderElementsOf(Tasks.allKeys());
    }

    @Test
    void changingAnyValueChangesTheId() {
        for (Map.Entry<Key<?>, Object> entry : FULL.values().entrySet()) {
            RunSpec changed = with(FULL, entry.getKey(), other(entry.getKey(), entry.getValue()));
            assertThat(changed.id()).as(entry.getKey().path()).isNotEqualTo(FULL.id());
            assertThat(changed.canonical()).contains(entry.getKey().path() + "=");
        }
    }

    @Test
    void droppingAnyKeyChangesTheId() {
        for (Key<?> key : FULL.values().keySet()) {
            assertThat(FULL.without(key).id()).as(key.path()).isNotEqualTo(FULL.id());
        }
    }

    /** The map is the spec's only state: a field added beside it would escape the id, and fails this. */
    @Test
    void theValuesAreTheOnlyState() {
        List<Field> fields = Arrays.stream(RunSpec.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
        assertThat(fields).extracting(Field::getName).containsExactly("values");
    }

    @Test
    void equalValuesGiveEqualIdsWhateverTheOrderTheyWereSetIn() {
        RunSpec reversed = RunSpec.builder().build();
        List<Map.Entry<Key<?>, Object>> entries = List.copyOf(FULL.values().entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            reversed = with(reversed, entries.get(i).getKey(), entries.get(i).getValue());
        }
        assertThat(reversed.id()).isEqualTo(FULL.id());
        assertThat(reversed).isEqualTo(FULL);
    }

    @Test
    void copiesLeaveTheOriginalAlone() {
        double[] evalP = FULL.evalP();
        evalP[0] = 0.5;
        RunSpec changed = FULL.with(Keys.LR, 1e-3);
        assertThat(FULL.evalP()[0]).isEqualTo(0.01);
        assertThat(FULL.lr()).isEqualTo(3e-3);
        assertThat(changed.lr()).isEqualTo(1e-3);
    }

    @Test
    void valuesOutsideTheirRuleAreRejected() {
        assertThatThrownBy(() -> FULL.with(Keys.D_MLP, 0)).hasMessageContaining("model.d-mlp: 0 is not an integer ≥ 1");
        assertThatThrownBy(() -> FULL.with(Keys.P_TRAIN, 1.5)).hasMessageContaining("sweep.grid.p-train: 1.5 is not in (0, 1]");
        assertThatThrownBy(() -> FULL.with(Keys.EVAL_P, new double[] {0.1, 0.0})).hasMessageContaining("eval.p: 0 is not");
        assertThatThrownBy(() -> FULL.get(Key.real("model.nowhere", Rule.anyNumber(), null)))
                .hasMessageContaining("the run has no model.nowhere");
    }

    @SuppressWarnings("unchecked")
    private static <T> RunSpec with(RunSpec spec, Key<T> key, Object value) {
        return spec.with(key, (T) value);
    }

    /** A value of the key other than {@code value} that its rule allows. */
    private static Object other(Key<?> key, Object value) {
        return switch (key.kind()) {
            case INT -> first(key, (Integer) value + 1, (Integer) value - 1);
            case LONG -> (Long) value + 1;
            case DOUBLE -> first(key, (Double) value / 2, (Double) value * 2 + 0.5, 0.5);
            case BOOLEAN -> !(Boolean) value;
            case CHOICE -> key.choices().stream().filter(c -> !c.equals(value)).findFirst().orElseThrow();
            case TEXT -> value + "x";
            case DOUBLES -> {
                double[] values = (double[]) value;
                double[] more = Arrays.copyOf(values, values.length + 1);
                more[values.length] = values[values.length - 1] / 2;
                yield more;
            }
        };
    }

    private static Object first(Key<?> key, Number... candidates) {
        for (Number candidate : candidates) {
            if (key.rule().accepts(candidate.doubleValue())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no other value for " + key);
    }
}
