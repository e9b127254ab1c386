package org.ccsweep.jobs.config;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.cc.baselines.BaselineKind;

/**
 * A validated sweep: what {@link SweepSpecs#from} read from the config, every value checked, and the
 * runs it expands to ({@link SweepExpander}), every combination of the grid checked too. Key meanings
 * are documented in reference.conf.
 *
 * @param task       the task every run trains
 * @param seeds      the run seeds, innermost in the expansion
 * @param mixingSeed the pinned seed of the task's fixed random structure (M), when the sweep pins it
 * @param axes       the grid, outermost axis first
 * @param runs       the runs, resolved, distinct, in expansion order
 * @param evalP      eval.p as written (each run adds its p_train)
 */
public record SweepSpec(String name, URI output, Task task, List<Long> seeds, OptionalLong mixingSeed, List<Axis> axes,
                        List<RunSpec> runs, List<Double> evalP, Baselines baselines, Engine engine) {

    public SweepSpec {
        seeds = List.copyOf(seeds);
        axes = List.copyOf(axes);
        runs = List.copyOf(runs);
        evalP = List.copyOf(evalP);
    }

    /** The values of an axis of the grid. @throws IllegalArgumentException when the key is no axis */
    public List<Object> axis(Key<?> key) {
        return axes.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " is not an axis of sweep " + name)).values();
    }

    /**
     * {@code baselines.*}: the kinds (empty: none), baseline-only mode, the semi-NMF fit's options and the
     * naive-offset search (its p grid and scanned offsets, both ascending).
     */
    public record Baselines(List<BaselineKind> kinds, boolean only, int nmfMaxIterations, double nmfTolerance,
                            List<Double> offsetP, List<Double> offsets, double offsetTolerance, int offsetSamplesPerK) {
        public Baselines {
            kinds = List.copyOf(kinds);
            offsetP = List.copyOf(offsetP);
            offsets = List.copyOf(offsets);
        }
    }

    /**
     * {@code engine.*}; {@code cores} 0 means every available core; {@code lockstep} the most runs one
     * task trains together on the CPU (1: every run alone); {@code gpuGroupSize} the most one task trains
     * together on a GPU.
     */
    public record Engine(int cores, int chunkSize, int lockstep, Backend backend, int gpuGroupSize) {
        public int resolvedCores() {
            return cores == 0 ? Runtime.getRuntime().availableProcessors() : cores;
        }
    }
}
