package org.ccsweep.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcResult;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.RunExecutor;

/** Trains with ccsweep's own trainer ({@link RunExecutor}) on the paper's recipe, in this thread. */
public final class CcsweepRunner {
    private static final int CURVE_POINTS = 100;

    /** L/p at p_train to 0.05 % relative standard error, which is well below the seed spread. */
    private static final double TARGET_RELATIVE_SE = 5e-4;
    private static final int PILOT_PER_K = 200;

    private final int evalSamples;

    /** @param evalSamples cap on the evaluator's samples for L/p at p_train */
    public CcsweepRunner(int evalSamples) {
        this.evalSamples = evalSamples;
    }

    /**
     * The paper's recipe as a sweep resolves it from reference.conf's defaults (AdamW(3e-3, (0.9, 0.999),
     * 1e-8, wd 1e-2), cosine, Bernoulli inputs, asymmetric M), at the setting's p, σ and batch.
     */
    public RunSpec spec(Setting setting, int steps, long seed) {
        Config config = ConfigFactory.parseString("""
                sweep { output = "%s", seeds = [%d], grid { sigma = [%s], p-train = [%s] } }
                train { steps = %d, batch = %d, curve-points = %d }
                eval { p = [%s], target-rel-se = %s, pilot-per-k = %d, max-samples = %d }
                """.formatted(System.getProperty("java.io.tmpdir"), seed, setting.sigma(), setting.p(), steps,
                setting.batch(), CURVE_POINTS, setting.p(), TARGET_RELATIVE_SE, PILOT_PER_K, evalSamples))
                .withFallback(ConfigFactory.parseResources("reference.conf")).resolve();
        return SweepSpecs.from(config).runs().get(0);
    }

    /** ccsweep's CC trainer and evaluator on the spec, as a sweep task runs them. */
    public CcResult train(Setting setting, int steps, long seed) {
        return RunExecutor.execute(CcRun.of(spec(setting, steps, seed)));
    }

    public static Measurement measure(CcResult result) {
        int steps = result.spec().steps();
        return new Measurement(steps, 1e3 * result.trainSeconds() / steps, result.profile().lossPerFeature()[0],
                result.profile().stderr()[0]);
    }
}
