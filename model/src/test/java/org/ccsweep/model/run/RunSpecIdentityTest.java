package org.ccsweep.model.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ccsweep.model.task.Tasks;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.tms.TmsSpecs;
import org.ccsweep.model.task.uand.UandSpecs;
import org.junit.jupiter.api.Test;

/**
 * A run's id is derived from every value it holds: a field cannot be added to a spec without entering
 * its id, and no value can change without changing it.
 */
class RunSpecIdentityTest {
    /** A CC run of the low-rank kind: it holds every key of the CC task. */
    private static final RunSpec FULL = CcSpecs.paper().set(CcKeys.MIXING, MixingKind.LOW_RANK).set(CcKeys.RANK, 10)
            .set(CcKeys.ORTHONORMAL, false).set(CcKeys.TIED, false).set(CcKeys.ZERO_DIAGONAL, true)
            .set(CcKeys.SYMMETRISE, false).build();
    /** One run of each task that holds every key of its task, unresolved. */
    private static final List<RunSpec> EVERY_TASK = List.of(FULL, TmsSpecs.intro().build(), UandSpecs.small().build());

    @Test
    void theFixturesHoldEveryDeclaredKey() {
        Set<Key<?>> held = new HashSet<>();
        for (RunSpec spec : EVERY_TASK) {
            assertThat(spec.values().keySet()).as(spec.task())
                    .containsExactlyInAnyOrderElementsOf(Tasks.keysOf(Tasks.of(spec)));
            held.addAll(spec.values().keySet());
        }
        assertThat(held).containsExactlyInAnyOrderElementsOf(Tasks.allKeys());
        assertThat(EVERY_TASK).extracting(RunSpec::task).containsExactlyInAnyOrderElementsOf(
                Tasks.all().stream().map(t -> t.name()).toList());
    }

    @Test
    void changingAnyValueChangesTheId() {
        for (RunSpec spec : EVERY_TASK) {
            for (Map.Entry<Key<?>, Object> entry : spec.values().entrySet()) {
                RunSpec changed = with(spec, entry.getKey(), other(entry.getKey(), entry.getValue()));
                assertThat(changed.id()).as(entry.getKey().path()).isNotEqualTo(spec.id());
                assertThat(changed.canonical()).contains(entry.getKey().path() + "=");
            }
        }
    }

    @Test
    void droppingAnyKeyChangesTheId() {
        for (RunSpec spec : EVERY_TASK) {
            for (Key<?> key : spec.values().keySet()) {
                assertThat(spec.without(key).id()).as(key.path()).isNotEqualTo(spec.id());
            }
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
            case INT -> first(key, value, (Integer) value + 1, (Integer) value - 1);
            case LONG -> (Long) value + 1;
            case DOUBLE -> first(key, value, (Double) value / 2, (Double) value * 2 + 0.5, 0.5);
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

    /** The first candidate that the key's rule allows and that differs from {@code value} (half of 0 is 0). */
    private static Object first(Key<?> key, Object value, Number... candidates) {
        for (Number candidate : candidates) {
            if (key.rule().accepts(candidate.doubleValue()) && !Objects.equals(candidate, value)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no other value for " + key);
    }
}
