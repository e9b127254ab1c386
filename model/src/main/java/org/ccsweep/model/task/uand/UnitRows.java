package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;

/** Fixed random unit vectors: the embeddings that put features in superposition. */
final class UnitRows {
    private UnitRows() {
    }

    /**
     * {@code rows} vectors of R^{cols}, row-major: iid N(0, 1) entries drawn row by row, each row scaled to
     * unit length in double, then rounded to float.
     */
    static float[] draw(int rows, int cols, Rng rng) {
        float[] out = new float[rows * cols];
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            double norm = 0.0;
            for (int c = 0; c < cols; c++) {
                row[c] = rng.nextGaussian();
                norm += row[c] * row[c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = (float) (row[c] / norm);
            }
        }
        return out;
    }
}
