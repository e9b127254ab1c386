package org.ccsweep.jobs.config;

import com.typesafe.config.Config;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rule;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Tasks;
import org.ccsweep.model.task.cc.CcTask;

/**
 * Reads and validates a sweep. Every key is read eagerly and checked by its declaration (type, range,
 * kind), then every combination of the grid by the rules on combinations, then the output path; the
 * first problem is thrown as a {@link SweepConfigException}. Nothing is written and nothing is
 * started here.
 */
public final class SweepSpecs {
    /** The largest GPU group: the sizes the CUDA trainer is built and measured for are 64 to 4096 models (issue 14). */
    static final int MAX_GPU_GROUP = 4096;

    private SweepSpecs() {
    }

    /** Loads {@code file} over reference.conf with {@code sets} ({@code key=value}) on top, and validates it. */
    public static SweepSpec load(Path file, List<String> sets) {
        return from(ConfigLoader.load(file, sets));
    }

    /**
     * The same for a sweep that runs embedded in this JVM, whose heap then must hold its runs at once
     * ({@link MemoryCheck}).
     */
    public static SweepSpec loadEmbedded(Path file, List<String> sets, long maxHeapBytes) {
        return from(ConfigLoader.load(file, sets), OptionalLong.of(maxHeapBytes));
    }

    /** Validates a resolved config that has reference.conf as its fallback. */
    public static SweepSpec from(Config config) {
        return from(config, OptionalLong.empty());
    }

    private static SweepSpec from(Config config, OptionalLong embeddedHeap) {
        Fields f = new Fields(config);
        String name = f.string("sweep.name", "a non-empty name of letters, digits, '.', '_' or '-'",
                s -> s.matches("[A-Za-z0-9._-]+"));
        String output = f.string("sweep.output", "a non-empty path", s -> !s.isBlank());
        Task task = task(f);
        List<Long> seeds = f.list(Keys.SEED.path(), v -> Fields.longInteger(Keys.SEED.path(), v, Keys.SEED.rule()));
        requireDistinct(f, Keys.SEED.path(), seeds);
        OptionalLong mixingSeed = f.isNull(Keys.MIXING_SEED.path()) ? OptionalLong.empty()
                : OptionalLong.of(f.longInteger(Keys.MIXING_SEED.path(), Keys.MIXING_SEED.rule()));

        Grid.Read grid = Grid.read(f, config.getObject(Grid.PREFIX), task);
        Map<Key<?>, Object> fixed = fixed(f, task, grid);
        List<Double> evalP = NumericAxis.read(f, Keys.EVAL_P.path(), Keys.EVAL_P.rule());
        requireDistinct(f, Keys.EVAL_P.path(), evalP);
        SweepSpec.Baselines baselines = Baselines.read(f);
        if (!baselines.kinds().isEmpty() && !task.name().equals(CcTask.NAME)) {
            throw f.error("baselines.kinds", Fields.render(f.value("baselines.kinds")) + " is set, but the baselines are the "
                    + CcTask.NAME + " task's constructed models, and this sweep's sweep.task is " + task.name());
        }
        SweepSpec.Engine engine = new SweepSpec.Engine(
                f.integer("engine.cores", Rule.integerAtLeast(0)),
                f.integer("engine.chunk-size", Rule.integerAtLeast(1)),
                f.integer("engine.lockstep", Rule.integerAtLeast(1)),
                Fields.kind("engine.backend", f.value("engine.backend"), Backend.values()),
                f.integer("engine.gpu-group-size", Rule.integerBetween(1, MAX_GPU_GROUP)));

        List<RunSpec> runs = SweepExpander.expand(f, task, grid, fixed, seeds, mixingSeed, evalP);
        if (embeddedHeap.isPresent()) {
            MemoryCheck.check(f, grid, runs, engine.resolvedCores(), embeddedHeap.getAsLong());
        }
        URI outputPath = OutputCheck.check(f, "sweep.output", output);
        return new SweepSpec(name, outputPath, task, seeds, mixingSeed, grid.axes(), runs, evalP, baselines, engine);
    }

    private static Task task(Fields f) {
        String name = f.string(Keys.TASK.path(), "one of " + Tasks.names(), s -> Tasks.all().stream()
                .anyMatch(t -> t.name().equals(s)));
        return Tasks.named(name);
    }

    /**
     * Every key the task's runs hold that is neither on the grid nor an axis nor set per run (the
     * seeds, the task, eval.p), read from its path by its declaration.
     */
    private static Map<Key<?>, Object> fixed(Fields f, Task task, Grid.Read grid) {
        Set<Key<?>> perRun = new HashSet<>(List.of(Keys.TASK, Keys.SEED, Keys.MIXING_SEED, Keys.EVAL_P));
        grid.axes().forEach(axis -> perRun.add(axis.key()));
        Map<Key<?>, Object> fixed = new LinkedHashMap<>();
        fixed.put(Keys.TASK, task.name());
        List<Key<?>> own = Tasks.keysOf(task);
        for (Key<?> key : Tasks.allKeys()) {
            if (!own.contains(key) && !key.grid() && f.userSet(key.path())) {
                throw f.error(key.path(), Fields.render(f.value(key.path())) + " is set, but " + key.path()
                        + " is a key of another task than this sweep's sweep.task, " + task.name());
            }
        }
        for (Key<?> key : Tasks.keysOf(task)) {
            if (!perRun.contains(key) && !key.grid()) {
                fixed.put(key, Fields.scalar(key, key.path(), f.value(key.path())));
            }
        }
        return fixed;
    }

    static void requireDistinct(Fields f, String key, List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (!seen.add(v)) {
                throw f.error(key, Fields.render(f.value(key)) + " lists " + Key.spell(v) + " twice; values must be distinct");
            }
        }
    }

    /** How a value is spelled in config files and tables: enums as {@code low-rank}, others as themselves. */
    public static String display(Object value) {
        return Key.spell(value);
    }
}
