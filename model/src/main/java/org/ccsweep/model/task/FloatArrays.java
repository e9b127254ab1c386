package org.ccsweep.model.task;

/** Float weights widened for the double-precision references and analyses. */
public final class FloatArrays {
    private FloatArrays() {
    }

    /** Each entry widened to double, exactly. */
    public static double[] toDouble(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
