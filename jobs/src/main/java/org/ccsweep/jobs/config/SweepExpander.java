package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.CommonChecks;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Violation;

/**
 * Expands a sweep into its runs: every combination of the grid's axes (outermost first: the task's
 * grid keys in its order, then full-path axes sorted by path, each axis's values in the order written)
 * times the seeds, innermost, so that the seeds of a grid point are adjacent. Each combination is
 * checked by the rules every task shares and by the task's own ({@link Task#check}) before any run is
 * made, and each run is resolved by the task ({@link Task#resolve}); combinations that resolve to the
 * same run appear once, at their first position. Each run's p_eval grid is eval.p with its p_train
 * added, ascending; its mixing seed is the pinned one or its own seed.
 */
final class SweepExpander {
    /** The most runs a sweep may expand to. */
    static final long MAX_RUNS = 1_000_000;

    private final Fields fields;
    private final Task task;
    private final Grid.Read grid;
    private final Map<Key<?>, Object> fixed;

    private SweepExpander(Fields fields, Task task, Grid.Read grid, Map<Key<?>, Object> fixed) {
        this.fields = fields;
        this.task = task;
        this.grid = grid;
        this.fixed = fixed;
    }

    /**
     * @param fixed the value of every key of the task's runs that is not an axis, the seed keys and eval.p
     * @throws SweepConfigException naming the first combination that a rule forbids, or a grid too large
     */
    static List<RunSpec> expand(Fields fields, Task task, Grid.Read grid, Map<Key<?>, Object> fixed, List<Long> seeds,
            OptionalLong mixingSeed, List<Double> evalP) {
        return new SweepExpander(fields, task, grid, fixed).runs(seeds, mixingSeed, evalP);
    }

    private List<RunSpec> runs(List<Long> seeds, OptionalLong mixingSeed, List<Double> evalP) {
        List<Axis> axes = grid.axes();
        long total = seeds.size();
        for (Axis axis : axes) {
            total *= axis.values().size();
            if (total > MAX_RUNS) {
                throw fields.error(Grid.PREFIX, "the grid and sweep.seeds make more than " + MAX_RUNS + " runs ("
                        + sizes(axes, seeds) + "); split the sweep");
            }
        }
        RunSpec.Builder base = RunSpec.builder();
        fixed.forEach((key, value) -> set(base, key, value));
        Set<RunSpec> runs = new LinkedHashSet<>();
        int[] at = new int[axes.size()];
        do {
            RunSpec.Builder point = base.build().toBuilder();
            for (int a = 0; a < axes.size(); a++) {
                set(point, axes.get(a).key(), axes.get(a).values().get(at[a]));
            }
            for (long seed : seeds) {
                RunSpec raw = point.set(Keys.SEED, seed).set(Keys.MIXING_SEED, mixingSeed.orElse(seed))
                        .set(Keys.EVAL_P, evalGrid(evalP, point.build().pTrain())).build();
                if (seed == seeds.get(0)) {
                    check(raw, at);
                }
                runs.add(task.resolve(raw));
            }
        } while (next(at, axes));
        return List.copyOf(runs);
    }

    /** Advances the odometer, innermost axis fastest; false once every combination was visited. */
    private static boolean next(int[] at, List<Axis> axes) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++at[a] < axes.get(a).values().size()) {
                return true;
            }
            at[a] = 0;
        }
        return false;
    }

    private void check(RunSpec raw, int[] at) {
        Optional<Violation> violation = CommonChecks.check(raw).or(() -> task.check(raw));
        if (violation.isEmpty()) {
            return;
        }
        Violation v = violation.get();
        Key<?> blamed = v.key();
        for (Key<?> other : v.others()) {
            if (isDefault(blamed, at) && !isDefault(other, at)) {
                throw new SweepConfigException(where(other, at) + ": " + name(other) + ": " + Key.spell(raw.get(other))
                        + " conflicts with the default " + name(blamed) + " = " + Key.spell(raw.get(blamed)) + " ("
                        + where(blamed, at) + "): " + v.problem() + "; set " + name(blamed) + " too");
            }
        }
        throw new SweepConfigException(where(blamed, at) + ": " + name(blamed) + ": " + v.problem());
    }

    private Axis axisOf(Key<?> key) {
        return grid.axes().stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }

    private String name(Key<?> key) {
        Axis axis = axisOf(key);
        return axis == null ? key.path() : axis.name();
    }

    private ConfigValue source(Key<?> key, int[] at) {
        Axis axis = axisOf(key);
        return axis == null ? fields.value(key.path()) : grid.sources().get(key).get(at[grid.axes().indexOf(axis)]);
    }

    private String where(Key<?> key, int[] at) {
        return Origins.describe(source(key, at).origin());
    }

    private boolean isDefault(Key<?> key, int[] at) {
        return Origins.isDefault(source(key, at).origin());
    }

    private static double[] evalGrid(List<Double> p, double pTrain) {
        TreeSet<Double> points = new TreeSet<>(p);
        points.add(pTrain);
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String sizes(List<Axis> axes, List<Long> seeds) {
        List<String> parts = new ArrayList<>();
        for (Axis axis : axes) {
            if (axis.values().size() > 1) {
                parts.add(axis.values().size() + " " + axis.name());
            }
        }
        parts.add(seeds.size() + " seeds");
        return String.join(" × ", parts);
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(RunSpec.Builder builder, Key<T> key, Object value) {
        builder.set(key, (T) value);
    }
}
