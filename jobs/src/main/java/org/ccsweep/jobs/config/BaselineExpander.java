package org.ccsweep.jobs.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.baselines.BaselineSpec;

/**
 * Expands a sweep into its baseline tasks: for every run of {@link SweepExpander#expand} (trained or not)
 * and every kind of baselines.kinds, the baseline for the run's M_s (mixing, low-rank options, σ, as
 * the run resolved them; the initial σ of a learnable one) and seeds, profiled over eval.p. Runs that
 * differ only in what a baseline does not depend on (p-train, input mode, learn-sigma, model, training)
 * share one task. Order: the runs' order, the kinds' order within each.
 */
public final class BaselineExpander {
    private BaselineExpander() {
    }

    public static List<BaselineSpec> expand(SweepSpec sweep) {
        if (sweep.baselines().kinds().isEmpty()) {
            return List.of();
        }
        SweepSpec.Baselines b = sweep.baselines();
        double[] evalP = new TreeSet<>(sweep.evalP()).stream().mapToDouble(Double::doubleValue).toArray();
        Set<BaselineSpec> tasks = new LinkedHashSet<>();
        for (RunSpec spec : sweep.runs()) {
            CcRun run = CcRun.of(spec);
            for (BaselineKind kind : b.kinds()) {
                tasks.add(new BaselineSpec(kind, run.nFeatures(), run.dMlp(), run.dEmbed(), run.mixing(), run.lowRank(),
                        run.sigma(), run.seed(), run.mixingSeed(), evalP, run.evalPrecision(),
                        kind == BaselineKind.SEMI_NMF ? new BaselineSpec.SemiNmf(b.nmfMaxIterations(), b.nmfTolerance())
                                : null,
                        kind == BaselineKind.NAIVE_OFFSET ? new BaselineSpec.OffsetSearch(array(b.offsetP()),
                                array(b.offsets()), b.offsetTolerance(), b.offsetSamplesPerK()) : null));
            }
        }
        return List.copyOf(tasks);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
