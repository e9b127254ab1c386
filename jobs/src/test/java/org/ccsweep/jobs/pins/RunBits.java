package org.ccsweep.jobs.pins;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.run.RunResult;

/**
 * A run's result as bits, read from what the tables record of it: its final train loss and σ, and
 * SHA-256 digests (16 hex digits) of the raw bits of its weights and M, curve, loss profile,
 * transplant losses and analyses. Two results with the same line are bit-identical in all of these.
 */
final class RunBits {
    private RunBits() {
    }

    static String of(RunResult r) {
        Map<String, Object> columns = r.output().columns();
        Map<String, List<Map<String, Object>>> rows = r.output().rows();
        Map<String, Object> weights = rows.get("weights").get(0);
        return "finalLoss=" + bits(r.finalTrainLoss()) + " finalSigma=" + bits((Double) columns.get("final_sigma"))
                + " weights=" + floats((float[]) weights.get("w_in"), (float[]) weights.get("w_out"),
                        (float[]) weights.get("mixing"))
                + " curve=" + doubles(steps(r.curveSteps()), r.curveLoss())
                + " profile=" + doubles(r.profile().pEval(), r.profile().loss(), r.profile().lossPerFeature(),
                        r.profile().stderr())
                + " oneActive=" + bits((Double) columns.get("one_active_loss_per_feature"))
                + " naive=" + bits((Double) columns.get("naive_loss_per_feature"))
                + " transplant=" + (rows.containsKey("transplants") ? doubles(column(rows.get("transplants"),
                        "loss_per_feature", "stderr")) : "none")
                + " analyses=" + (rows.containsKey("analyses") ? bits((Double) rows.get("analyses").get(0)
                        .get("effective_rank")) + "/" + doubles(column(rows.get("weight_bars"), "value")) : "none");
    }

    /** The named columns of the rows, row by row. */
    private static double[] column(List<Map<String, Object>> rows, String... names) {
        double[] values = new double[rows.size() * names.length];
        int i = 0;
        for (Map<String, Object> row : rows) {
            for (String name : names) {
                values[i++] = (Double) row.get(name);
            }
        }
        return values;
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
