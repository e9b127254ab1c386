package org.ccsweep.jobs.pins;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.task.cc.TransplantLosses;

/**
 * A run's result as bits: its final train loss and σ, and SHA-256 digests (16 hex digits) of the raw
 * bits of its weights and M, curve, loss profile, transplant losses and analyses. Two results with
 * the same line are bit-identical in everything the tables record of them.
 */
final class RunBits {
    private RunBits() {
    }

    static String of(RunResult r) {
        TransplantLosses t = r.transplant();
        return "finalLoss=" + bits(r.finalTrainLoss()) + " finalSigma=" + bits(r.finalSigma())
                + " weights=" + floats(r.wIn(), r.wOut(), r.mixing())
                + " curve=" + doubles(steps(r.curveSteps()), r.curveLoss())
                + " profile=" + doubles(r.profile().pEval(), r.profile().loss(), r.profile().lossPerFeature(),
                        r.profile().stderr())
                + " oneActive=" + bits(r.oneActiveLossPerFeature()) + " naive=" + bits(r.naiveLossPerFeature())
                + " transplant=" + (t == null ? "none" : doubles(new double[] {t.noisyEnd().mean(), t.noisyEnd().stderr(),
                        t.cleanStart().mean(), t.cleanStart().stderr(), t.cleanEnd().mean(), t.cleanEnd().stderr()}))
                + " analyses=" + (r.analyses() == null ? "none" : bits(r.analyses().effectiveRank()) + "/"
                        + doubles(r.analyses().weightBars()));
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToLongBits(v));
    }

    private static double[] steps(int[] steps) {
        double[] out = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            out[i] = steps[i];
        }
        return out;
    }

    private static String floats(float[]... arrays) {
        MessageDigest md = sha256();
        for (float[] a : arrays) {
            ByteBuffer b = ByteBuffer.allocate(4 * a.length);
            for (float v : a) {
                b.putInt(Float.floatToRawIntBits(v));
            }
            md.update(b.array());
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static String doubles(double[]... arrays) {
        MessageDigest md = sha256();
        for (double[] a : arrays) {
            ByteBuffer b = ByteBuffer.allocate(8 * a.length);
            for (double v : a) {
                b.putLong(Double.doubleToRawLongBits(v));
            }
            md.update(b.array());
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
