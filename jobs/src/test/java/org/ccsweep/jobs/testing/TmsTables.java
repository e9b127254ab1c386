package org.ccsweep.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.jobs.tables.ResultStore;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.tms.TmsGeometry;
import org.ccsweep.model.task.tms.TmsOutput;
import org.ccsweep.model.task.tms.TmsResult;
import org.ccsweep.model.task.tms.TmsRun;

/** Hand-made tms runs for the figure and claim tests: W, b and L/p chosen by the test, nothing trained. */
public final class TmsTables {
    private TmsTables() {
    }

    /** A tms run as a sweep resolves it from its recipe and these settings, evaluated at p_train only. */
    public static RunSpec spec(long seed, double p, int n, int m, double importanceDecay) {
        String text = """
                sweep { task = tms, output = "%s", seeds = [%d], grid.p-train = [%s] }
                model { n-features = %d, d-mlp = %d }
                tms.importance-decay = %s
                eval.p = [%s]
                """.formatted(System.getProperty("java.io.tmpdir"), seed, p, n, m, importanceDecay, p);
        try {
            Path file = Files.createTempFile("tms-spec", ".conf");
            try {
                return SweepSpecs.load(Files.writeString(file, text), List.of()).runs().get(0);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A successful run with this final W (n × m row-major), b = 0 and L/p at p_train. */
    public static RunOutcome run(RunSpec spec, float[] w, double lossPerFeature) {
        TmsRun run = TmsRun.of(spec);
        double p = spec.pTrain();
        LossProfile profile = new LossProfile(new double[] {p}, new double[] {lossPerFeature * p},
                new double[] {lossPerFeature}, new double[] {0.0});
        TmsResult result = new TmsResult(run, lossPerFeature * p, 1.0, 0.1, new int[] {1}, new double[] {lossPerFeature * p},
                profile, w, new float[run.n()], TmsGeometry.of(run.n(), run.m(), w));
        return RunOutcome.ok(TmsOutput.of(result), TestRuns.PLACEMENT);
    }

    /** W of m = 2 with the first {@code k} of n features spread evenly on the unit circle and the rest 0. */
    public static float[] circle(int n, int k) {
        float[] w = new float[2 * n];
        for (int i = 0; i < k; i++) {
            w[2 * i] = (float) Math.cos(2 * Math.PI * i / k);
            w[2 * i + 1] = (float) Math.sin(2 * Math.PI * i / k);
        }
        return w;
    }

    public static void write(Path output, List<RunOutcome> runs) {
        try (ResultStore store = ResultStore.open(output.toUri(), new Configuration())) {
            store.commit("hand", runs);
        }
    }
}
