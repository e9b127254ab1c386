package org.ccsweep.jobs.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.uand.FirstLayer;
import org.ccsweep.model.task.uand.Operation;
import org.ccsweep.model.task.uand.Probe;
import org.ccsweep.model.task.uand.ReadoffMetrics;
import org.ccsweep.model.task.uand.UandOutput;
import org.ccsweep.model.task.uand.UandResult;
import org.ccsweep.model.task.uand.UandRun;

/**
 * U-AND results with errors chosen by hand, written through the table writer for the runs a small uand sweep
 * expands to ({@link #SETTING}: m = 12, d = 16, p = 0.1): the figures and claims of the U-AND task are checked
 * against numbers worked out from these.
 */
public final class UandSyntheticResults {
    /** The runs' setting; each writer adds its axes and seeds. */
    static final String SETTING = """
            sweep.task = uand
            model { n-features = 12, d-mlp = 16 }
            sweep.grid.p-train = [0.1]
            eval.p = [0.1]
            """;

    private UandSyntheticResults() {
    }

    /**
     * Fixed-width runs, three seeds per operation and first layer: seed s's trained read-off has RMS errors
     * {@code rms[op][layer][0] + 0.01 s} on zeros and {@code rms[op][layer][1] + 0.01 s} on positives (so each
     * configuration's seed std is 0.01), and fraction {@code 0.5 + 0.1 k} of its outputs of either class within
     * the k-th ε.
     *
     * @param scratch a directory for the sweep file the runs are expanded from
     * @param rms     indexed by {@link Operation#ordinal()}, {@link FirstLayer#ordinal()}, then label 0 / 1
     */
    public static void writeGenericity(Path scratch, Path output, double[][][] rms) {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (RunSpec spec : TinySweeps.load(scratch, SETTING + """
                sweep.seeds = [0, 1, 2]
                sweep.grid { "uand.operation" = [and, xor], "uand.first-layer" = [trained, gaussian, construction] }
                """, scratch.resolve("unwritten")).runs()) {
            UandRun run = UandRun.of(spec);
            double[] e = rms[run.operation().ordinal()][run.firstLayer().ordinal()];
            long seed = spec.seed();
            outcomes.add(outcome(run, metrics(16, e[0] + 0.01 * seed, e[1] + 0.01 * seed), null, List.of()));
        }
        commit(output, "uand", outcomes);
    }

    /**
     * Bisection runs of m' = {@code pairs[i]}, one per entry of {@code dMin[i]} (seed j for the j-th entry), each
     * with d_min {@code dMin[i][j]} (null: no width reached the target) and one probe per run at its d_min.
     */
    public static void writeScaling(Path scratch, Path output, int[] pairs, Integer[][] dMin) {
        List<RunOutcome> outcomes = new ArrayList<>();
        StringBuilder seeds = new StringBuilder();
        for (int j = 0; j < dMin[0].length; j++) {
            seeds.append(j == 0 ? "" : ", ").append(j);
        }
        StringBuilder axis = new StringBuilder();
        for (int i = 0; i < pairs.length; i++) {
            axis.append(i == 0 ? "" : ", ").append(pairs[i]);
        }
        List<RunSpec> specs = TinySweeps.load(scratch, SETTING + "model.n-features = 100\nmodel.d-mlp = 64\n"
                + "uand.bisect.enabled = true\nsweep.seeds = [" + seeds + "]\nsweep.grid { \"uand.pairs\" = [" + axis
                + "] }\n", scratch.resolve("unwritten")).runs();
        for (int i = 0; i < pairs.length; i++) {
            for (int j = 0; j < dMin[i].length; j++) {
                UandRun run = UandRun.of(specs.get(i * dMin[i].length + j));
                Integer d = dMin[i][j];
                List<Probe> probes = List.of(new Probe(d == null ? 64 : d, 0.2, 0.25, d == null ? 0.5 : 0.25, d != null,
                        0.1, 1.0));
                outcomes.add(outcome(run, metrics(d == null ? 64 : d, 0.2, d == null ? 0.5 : 0.25), d, probes));
            }
        }
        commit(output, "uand-scaling", outcomes);
    }

    private static ReadoffMetrics metrics(int d, double rmsZero, double rmsPositive) {
        double[] eps = new double[4];
        double[] within = new double[4];
        double[] factors = {0.1, 0.2, 0.5, 1};
        for (int k = 0; k < 4; k++) {
            eps[k] = factors[k] * Math.log(d) / Math.sqrt(d);
            within[k] = 0.5 + 0.1 * k;
        }
        return new ReadoffMetrics("trained", d, 4000, 0.05, 0.02, rmsZero, rmsPositive, 0.9, 260_000, 1_000, eps, within,
                within.clone());
    }

    private static RunOutcome outcome(UandRun run, ReadoffMetrics metrics, Integer dMin, List<Probe> probes) {
        RunSpec spec = run.spec();
        LossProfile profile = new LossProfile(spec.evalP(), new double[] {0.02}, new double[] {0.2}, new double[] {0.001});
        UandResult result = new UandResult(run, 0.05, 1.0, 0.5, new int[] {300}, new double[] {0.05}, profile,
                List.of(metrics), 0.1, dMin, probes);
        return RunOutcome.ok(UandOutput.of(result), TestRuns.PLACEMENT);
    }

    private static void commit(Path output, String sweep, List<RunOutcome> outcomes) {
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit(sweep, outcomes);
        }
    }
}
