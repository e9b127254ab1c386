package org.ccsweep.model.task.cc.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.CcSpecs;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.task.cc.net.ResidualModel;
import org.ccsweep.model.task.cc.net.SimplifiedModel;
import org.ccsweep.model.train.AdamW;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: the residual model reaches the loss per feature of the simplified model trained on
 * M = I − W_E W_Eᵀ (same W_E, scale 1). Paper shapes (n = 100, d = 50, dEmbed = 1000, p = 0.01,
 * batch 2048) with 2000 instead of 10,000 steps, three seeds; the residual model is evaluated through
 * its effective weights, which is exact ({@link ResidualModel}).
 *
 * <p>Measured over seeds 1..5 (mixing seed = seed), mean ± std over seeds of L/p at p = 0.01:
 * <pre>
 *   steps    residual            simplified          simplified − residual
 *   1000     0.06909 ± 0.00051   0.07172 ± 0.00053   0.0026 (3.8 %)
 *   2000     0.06800 ± 0.00045   0.06966 ± 0.00054   0.0017 (2.4 %)
 *   10000    0.06687 ± 0.00057   0.06755 ± 0.00054   0.0007 (1.0 %, seeds 1..3)
 * </pre>
 * The losses are the same function of (A, B), but AdamW moves A = W_E · W_in through 1000
 * coordinates per row instead of d, so the residual model descends faster and the simplified one
 * trails it by a gap that shrinks with training; at the paper's 10,000 steps the gap is within one
 * seed std. The test allows, on the difference of the 3-seed means, 3 standard errors of seed noise,
 * 3 · 0.0005 · √(2/3) = 0.0012, plus the measured 2000-step gap 0.0017 on the simplified side only.
 */
class ResidualEquivalenceTest {
    private static final int N = 100;
    private static final int D = 50;
    private static final int E = 1000;
    private static final double P = 0.01;
    private static final int SEEDS = 3;
    private static final double SEED_NOISE = 0.0012;
    private static final double MEASURED_GAP = 0.0017;

    @Test
    void residualReachesTheSimplifiedModelsLossPerFeature() {
        double residual = 0.0;
        double simplified = 0.0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            CcRun spec = CcSpecs.run(CcSpecs.paper(seed, seed).set(Keys.N_FEATURES, N).set(Keys.D_MLP, D)
                    .set(CcKeys.D_EMBED, E).set(Keys.P_TRAIN, P).set(CcKeys.MIXING, MixingKind.EMBEDDING)
                    .set(CcKeys.SIGMA, 1.0).set(Keys.STEPS, 2000).set(Keys.EVAL_P, new double[] {P})
                    .set(Keys.EVAL_PILOT_PER_K, 2000).set(Keys.EVAL_MAX_SAMPLES, 2_000_000L).set(Keys.CURVE_POINTS, 10)
                    .set(CcKeys.MODEL, ModelKind.RESIDUAL));
            SeedStreams streams = spec.streams();
            ResidualModel residualModel = ResidualModel.init(N, D, E, streams.mixing(), streams.init());
            Trainer.train(spec, residualModel, streams.train());
            float[] mixing = residualModel.mixing();
            residual += lossPerFeature(residualModel.effectiveWIn(), residualModel.effectiveWOut(), mixing,
                    streams.eval());

            SimplifiedModel simplifiedModel = SimplifiedModel.init(N, D, streams.init());
            Trainer.train(spec, mixing, 1f, false, spec.steps(), simplifiedModel, streams.train());
            simplified += lossPerFeature(simplifiedModel.wIn(), simplifiedModel.wOut(), mixing, streams.eval());
        }
        residual /= SEEDS;
        simplified /= SEEDS;

        assertThat(simplified - residual).isBetween(-SEED_NOISE, SEED_NOISE + MEASURED_GAP);
        // Both use M: well below the clean naive line 1/12 (measured 0.068 and 0.070).
        assertThat(residual).isLessThan(0.075);
        assertThat(simplified).isLessThan(0.075);
    }

    private static double lossPerFeature(float[] wIn, float[] wOut, float[] mixing, Rng rng) {
        return LossEvaluator.profile(N, D, wIn, wOut, mixing, new double[] {P}, 2000, rng).lossPerFeature()[0];
    }
}
