package org.ccsweep.model.run;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.train.Schedule;

/**
 * One fully resolved run: an immutable map from {@link Key}s to values, every number the run depends
 * on and nothing implicit. Its identity is derived, never typed: {@link #canonical()} lists every key
 * it holds with its exact value, in the keys' order, and {@link #id()} hashes that. A key a run does not
 * depend on is absent (the low-rank options of another kind of M), not null.
 *
 * <p>Specs are built with a {@link Builder} ({@link #builder()}, {@link #toBuilder()}) or copied with one
 * value changed ({@link #with}), as Iceberg's {@code DataFiles.builder(spec).copy(file)}. The typed
 * accessors below read the keys every task has ({@link Keys}); a task reads its own keys with
 * {@link #get}.
 */
public final class RunSpec implements Serializable {
    private final SortedMap<Key<?>, Object> values;

    private RunSpec(SortedMap<Key<?>, Object> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder(new TreeMap<>());
    }

    public Builder toBuilder() {
        return new Builder(new TreeMap<>(values));
    }

    /** The value of a key the run holds. @throws IllegalArgumentException when it holds none */
    public <T> T get(Key<T> key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the run has no " + key + ": " + canonical());
        }
        return key.type().cast(value instanceof double[] array ? array.clone() : value);
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    /** A copy with one value set. */
    public <T> RunSpec with(Key<T> key, T value) {
        return toBuilder().set(key, value).build();
    }

    /** A copy without a key. */
    public RunSpec without(Key<?> key) {
        return toBuilder().remove(key).build();
    }

    /** The keys the run holds and their values (arrays shared: do not modify), in the keys' order. */
    public Map<Key<?>, Object> values() {
        return Collections.unmodifiableSortedMap(values);
    }

    /**
     * Every key in order with its exact value ({@code path=value;...}; doubles in hex, enums by name): the
     * identity of the run. Two specs with the same canonical form train bit-identical models on the CPU.
     */
    public String canonical() {
        return values.entrySet().stream().map(e -> e.getKey().path() + "=" + e.getKey().render(e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** A stable run id: the first 16 hex digits of SHA-256 of {@link #canonical()}. */
    public String id() {
        return Ids.of(canonical());
    }

    /** The task that trains the run ({@link Keys#TASK}). */
    public String task() {
        return get(Keys.TASK);
    }

    /** The run seed: init, training data and evaluation streams derive from it. */
    public long seed() {
        return get(Keys.SEED);
    }

    /** The seed of the task's fixed random structure (M for CC); the run seed unless the sweep pins it. */
    public long mixingSeed() {
        return get(Keys.MIXING_SEED);
    }

    public int nFeatures() {
        return get(Keys.N_FEATURES);
    }

    public int dMlp() {
        return get(Keys.D_MLP);
    }

    public double pTrain() {
        return get(Keys.P_TRAIN);
    }

    public int steps() {
        return get(Keys.STEPS);
    }

    public int batch() {
        return get(Keys.BATCH);
    }

    public double lr() {
        return get(Keys.LR);
    }

    public Schedule schedule() {
        return get(Keys.SCHEDULE);
    }

    public double beta1() {
        return get(Keys.BETA1);
    }

    public double beta2() {
        return get(Keys.BETA2);
    }

    public double eps() {
        return get(Keys.EPS);
    }

    public double weightDecay() {
        return get(Keys.WEIGHT_DECAY);
    }

    public int curvePoints() {
        return get(Keys.CURVE_POINTS);
    }

    /** The p_eval grid of the loss profile, ascending, each in (0, 1], p_train on it. */
    public double[] evalP() {
        return get(Keys.EVAL_P);
    }

    public EvalPrecision evalPrecision() {
        return new EvalPrecision(get(Keys.EVAL_TARGET_REL_SE), get(Keys.EVAL_PILOT_PER_K), get(Keys.EVAL_MAX_SAMPLES));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunSpec other && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return "RunSpec[" + canonical() + "]";
    }

    /** Sets and removes values, each checked by its key as it is set; {@link #build} copies. */
    public static final class Builder {
        private final SortedMap<Key<?>, Object> values;

        private Builder(SortedMap<Key<?>, Object> values) {
            this.values = values;
        }

        /** @throws IllegalArgumentException for a value of the wrong type or outside the key's rule */
        public <T> Builder set(Key<T> key, T value) {
            values.remove(key);
            values.put(key, key.check(value));
            return this;
        }

        public Builder remove(Key<?> key) {
            values.remove(key);
            return this;
        }

        public RunSpec build() {
            return new RunSpec(new TreeMap<>(values));
        }
    }
}
