package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;

/** Measures a network's read-off errors on fresh inputs ({@link ReadoffMetrics}). */
final class Metrics {
    /** The factors f of the accuracy thresholds ε = f · ln d / √d. */
    static final double[] EPSILON_FACTORS = {0.1, 0.2, 0.5, 1.0};
    private static final int BLOCK = 1024;

    private Metrics() {
    }

    /**
     * @param readoff how the table names the read-off measured
     * @param rng     the stream of the inputs; equal streams give paired measurements of two read-offs
     */
    static ReadoffMetrics measure(String readoff, Structure structure, Net net, Operation op, LossWeights weights,
            double p, int samples, Rng rng) {
        int outs = structure.outputs();
        double[] epsilon = new double[EPSILON_FACTORS.length];
        for (int k = 0; k < epsilon.length; k++) {
            epsilon[k] = EPSILON_FACTORS[k] * Math.log(net.d) / Math.sqrt(net.d);
        }
        Forward forward = new Forward(structure, net);
        BooleanBatch batch = new BooleanBatch(structure.features(), BLOCK);
        float[] r = new float[outs];
        boolean[] label = new boolean[outs];
        boolean[] on = new boolean[structure.features()];
        int[] positives = new int[outs];
        double objective = 0.0;
        double squares = 0.0;
        double zeroSquares = 0.0;
        double positiveSquares = 0.0;
        double positiveSum = 0.0;
        long positiveCount = 0;
        long[] withinZero = new long[epsilon.length];
        long[] withinPositive = new long[epsilon.length];
        for (int done = 0; done < samples; done += BLOCK) {
            batch.draw(Math.min(BLOCK, samples - done), p, rng);
            for (int s = 0; s < batch.size(); s++) {
                forward.run(batch.active(), batch.from(s), batch.to(s));
                forward.readouts(r);
                int count = Labels.positives(structure.pairs(), op, batch.active(), batch.from(s), batch.to(s), on,
                        positives);
                for (int k = 0; k < count; k++) {
                    label[positives[k]] = true;
                }
                double sampleObjective = 0.0;
                double sampleSquares = 0.0;
                for (int o = 0; o < outs; o++) {
                    double e = r[o] - (label[o] ? 1.0 : 0.0);
                    double e2 = e * e;
                    sampleObjective += weights.of(label[o]) * e2;
                    sampleSquares += e2;
                    if (label[o]) {
                        positiveSquares += e2;
                        positiveSum += r[o];
                    } else {
                        zeroSquares += e2;
                    }
                    long[] within = label[o] ? withinPositive : withinZero;
                    for (int k = 0; k < epsilon.length; k++) {
                        if (Math.abs(e) < epsilon[k]) {
                            within[k]++;
                        }
                    }
                }
                objective += sampleObjective / outs;
                squares += sampleSquares / outs;
                positiveCount += count;
                for (int k = 0; k < count; k++) {
                    label[positives[k]] = false;
                }
            }
        }
        long zeroCount = (long) samples * outs - positiveCount;
        return new ReadoffMetrics(readoff, net.d, samples, objective / samples, squares / samples,
                Math.sqrt(zeroSquares / zeroCount), Math.sqrt(positiveSquares / positiveCount),
                positiveSum / positiveCount, zeroCount, positiveCount, epsilon, fractions(withinZero, zeroCount),
                fractions(withinPositive, positiveCount));
    }

    private static double[] fractions(long[] counts, long total) {
        double[] out = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            out[k] = (double) counts[k] / total;
        }
        return out;
    }
}
