package org.ccsweep.model.task.cc.baselines;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.eval.LossEvaluator;

/**
 * Executes one baseline task: M from the mixing stream of spec.mixingSeed(), M_s = |sigma| · M, the
 * baseline's weights, then its loss profile on the eval stream of spec.seed() to spec.evalPrecision().
 *
 * <p>{@code NAIVE_OFFSET}: at each p of offsetScan.p in order, {@link NaiveOffsetModel#optimalOffset}
 * with a scan seed drawn from the eval stream, then L/p at p of the model with that offset, measured on
 * the eval stream to spec.evalPrecision().
 *
 * <p>A baseline has no training to diverge, but it can still fail for its input: an |σ| M that overflows
 * float, a LAPACK routine that does not converge. Such a task throws rather than return a profile that
 * is not a number.
 */
public final class BaselineExecutor {
    private BaselineExecutor() {
    }

    /**
     * @throws ArithmeticException when a factorisation fails or an L/p or its standard error is NaN or
     *                             infinite
     */
    public static BaselineResult execute(BaselineSpec spec) {
        return requireFinite(compute(spec));
    }

    private static BaselineResult compute(BaselineSpec spec) {
        int n = spec.nFeatures();
        int d = spec.dMlp();
        SeedStreams streams = new SeedStreams(spec.seed(), spec.mixingSeed());
        float[] mixing = MixingMatrix.build(spec.mixing(), n, spec.dEmbed(), spec.lowRank(), streams.mixing());
        float[] scaled = new float[mixing.length];
        for (int i = 0; i < mixing.length; i++) {
            scaled[i] = (float) (Math.abs(spec.sigma()) * mixing[i]);
        }
        return switch (spec.kind()) {
            case NAIVE -> {
                NaiveModel m = NaiveModel.of(n, d);
                yield profile(spec, m.wIn(), m.wOut(), scaled, streams.eval());
            }
            case SVD -> {
                SvdModel m = SvdModel.of(n, d, scaled);
                yield profile(spec, m.wIn(), m.wOut(), scaled, streams.eval());
            }
            case SEMI_NMF -> {
                SemiNmfModel m = SemiNmfModel.of(n, d, scaled, spec.semiNmf().maxIterations(), spec.semiNmf().tolerance());
                yield profile(spec, m.wIn(), m.wOut(), scaled, streams.eval());
            }
            case NAIVE_OFFSET -> naiveOffset(spec, scaled, streams.eval());
        };
    }

    private static BaselineResult requireFinite(BaselineResult result) {
        LossProfile profile = result.profile();
        for (int i = 0; i < profile.size(); i++) {
            if (!Double.isFinite(profile.lossPerFeature()[i]) || !Double.isFinite(profile.stderr()[i])) {
                throw new ArithmeticException("the " + result.spec().kind() + " baseline's L/p at p_eval = "
                        + profile.pEval()[i] + " is not finite: " + profile.lossPerFeature()[i] + " ± "
                        + profile.stderr()[i]);
            }
        }
        return result;
    }

    private static BaselineResult profile(BaselineSpec spec, float[] wIn, float[] wOut, float[] scaled, Rng eval) {
        LossProfile profile = LossEvaluator.profile(spec.nFeatures(), spec.dMlp(), wIn, wOut, scaled, spec.evalP(),
                spec.evalPrecision(), eval);
        return new BaselineResult(spec, profile, null, List.of());
    }

    private static BaselineResult naiveOffset(BaselineSpec spec, float[] scaled, Rng eval) {
        int n = spec.nFeatures();
        int d = spec.dMlp();
        BaselineSpec.OffsetSearch options = spec.offsetScan();
        double[] p = options.p();
        double[] loss = new double[p.length];
        double[] lossPerFeature = new double[p.length];
        double[] stderr = new double[p.length];
        double[] offsets = new double[p.length];
        List<NaiveOffsetModel.OffsetScan> scans = new ArrayList<>();
        for (int q = 0; q < p.length; q++) {
            NaiveOffsetModel.OffsetScan scan = NaiveOffsetModel.optimalOffset(n, d, scaled, p[q], options.offsets(),
                    options.tolerance(), options.samplesPerK(), eval.nextLong());
            scans.add(scan);
            offsets[q] = scan.optimalOffset();
            NaiveOffsetModel m = NaiveOffsetModel.of(n, d, offsets[q]);
            LossProfile at = LossEvaluator.profile(n, d, m.wIn(), m.wOut(), scaled, new double[] {p[q]},
                    spec.evalPrecision(), eval);
            loss[q] = at.loss()[0];
            lossPerFeature[q] = at.lossPerFeature()[0];
            stderr[q] = at.stderr()[0];
        }
        return new BaselineResult(spec, new LossProfile(p, loss, lossPerFeature, stderr), offsets, scans);
    }
}
