package org.ccsweep.model.task.cc.baselines;

import java.io.Serializable;
import java.util.Arrays;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.Ids;
import org.ccsweep.model.task.cc.data.LowRankOptions;
import org.ccsweep.model.task.cc.data.MixingKind;

/**
 * One fully resolved baseline task: a constructed model for the labels of one M_s = |sigma| · M, and
 * its loss profile. M comes from the mixing stream of {@code mixingSeed} and the evaluation samples from
 * the eval stream of {@code seed}, exactly as for a run with these seeds ({@link org.ccsweep.model.run.SeedStreams}),
 * so a baseline and the runs it is compared with see the same M.
 *
 * @param kind          the baseline
 * @param nFeatures     n
 * @param dMlp          d
 * @param dEmbed        embedding width of the {@code EMBEDDING} kind
 * @param mixing        kind of M
 * @param lowRank       options of the {@code LOW_RANK} kind, null for other kinds
 * @param sigma         the scale s of M_s = |s| M
 * @param seed          seed of the evaluation stream
 * @param mixingSeed    seed of the M stream
 * @param evalP         the p_eval grid of the profile (not used by {@code NAIVE_OFFSET}, whose grid is offsetScan.p)
 * @param evalPrecision how precisely each profile point is measured
 * @param semiNmf       the fit's options for {@code SEMI_NMF}, null for other kinds
 * @param offsetScan    the scan's options for {@code NAIVE_OFFSET}, null for other kinds
 */
public record BaselineSpec(BaselineKind kind, int nFeatures, int dMlp, int dEmbed, MixingKind mixing,
                           LowRankOptions lowRank, double sigma, long seed, long mixingSeed, double[] evalP,
                           EvalPrecision evalPrecision, SemiNmf semiNmf, OffsetSearch offsetScan) implements Serializable {

    public BaselineSpec {
        evalP = evalP.clone();
        if ((kind == BaselineKind.SEMI_NMF) != (semiNmf != null)) {
            throw new IllegalArgumentException("semiNmf options are required for SEMI_NMF and only for it");
        }
        if ((kind == BaselineKind.NAIVE_OFFSET) != (offsetScan != null)) {
            throw new IllegalArgumentException("offsetScan options are required for NAIVE_OFFSET and only for it");
        }
    }

    /** {@link SemiNmfModel#of}'s iteration cap and relative tolerance. */
    public record SemiNmf(int maxIterations, double tolerance) implements Serializable {
    }

    /**
     * {@link NaiveOffsetModel#optimalOffset}'s inputs: at each p of {@code p}, the offsets scanned
     * (ascending, at least three), the golden-section tolerance, and the samples per active count k of
     * each scanned point.
     */
    public record OffsetSearch(double[] p, double[] offsets, double tolerance, int samplesPerK) implements Serializable {
        public OffsetSearch {
            p = p.clone();
            offsets = offsets.clone();
        }

        @Override
        public double[] p() {
            return p.clone();
        }

        @Override
        public double[] offsets() {
            return offsets.clone();
        }
    }

    @Override
    public double[] evalP() {
        return evalP.clone();
    }

    /** Every field in a fixed order with exact decimal representations: the identity of the task. */
    public String canonical() {
        return "baseline=" + kind + ";n=" + nFeatures + ";d=" + dMlp + ";dEmbed=" + dEmbed + ";mixing=" + mixing
                + ";lowRank=" + lowRank + ";sigma=" + exact(sigma) + ";seed=" + seed + ";mixingSeed=" + mixingSeed
                + ";evalP=" + list(evalP) + ";evalRelSe=" + exact(evalPrecision.targetRelativeSe())
                + ";evalPilot=" + evalPrecision.pilotPerK() + ";evalMax=" + evalPrecision.maxSamples()
                + (semiNmf == null ? "" : ";nmfIterations=" + semiNmf.maxIterations() + ";nmfTolerance="
                        + exact(semiNmf.tolerance()))
                + (offsetScan == null ? "" : ";offsetP=" + list(offsetScan.p) + ";offsets=" + list(offsetScan.offsets)
                        + ";offsetTolerance=" + exact(offsetScan.tolerance()) + ";offsetSamples="
                        + offsetScan.samplesPerK());
    }

    /** A stable id: the first 16 hex digits of SHA-256 of {@link #canonical()}. */
    public String id() {
        return Ids.of(canonical());
    }

    /** The same task with both seeds 0: shared by the seeds of one grid point. */
    public BaselineSpec withoutSeeds() {
        return new BaselineSpec(kind, nFeatures, dMlp, dEmbed, mixing, lowRank, sigma, 0L, 0L, evalP, evalPrecision,
                semiNmf, offsetScan);
    }

    private static String list(double[] values) {
        return Arrays.stream(values).mapToObj(BaselineSpec::exact).toList().toString();
    }

    private static String exact(double v) {
        return Double.toHexString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaselineSpec other && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return "BaselineSpec[" + canonical() + "]";
    }
}
