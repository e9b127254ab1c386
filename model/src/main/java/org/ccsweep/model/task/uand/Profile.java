package org.ccsweep.model.task.uand;

import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Rng;

/**
 * A U-AND network's loss profile: at each p_eval, the training objective L(p) = E[(1/m') Σ_o w(y_o)(r_o − y_o)²]
 * with the run's weights (those of p_train: balanced, or 1 for plain MSE) by Monte Carlo, and L/p. Samples are
 * drawn in blocks of eval.pilot-per-k until the relative standard error of L is at most eval.target-rel-se or
 * eval.max-samples were drawn at that point (the stderr column shows what was reached).
 */
final class Profile {
    private Profile() {
    }

    static LossProfile measure(Structure structure, Net net, Operation op, LossWeights weights, double[] pEval,
            EvalPrecision precision, Rng rng) {
        int outs = structure.outputs();
        Forward forward = new Forward(structure, net);
        BooleanBatch batch = new BooleanBatch(structure.features(), precision.pilotPerK());
        float[] r = new float[outs];
        boolean[] label = new boolean[outs];
        boolean[] on = new boolean[structure.features()];
        int[] positives = new int[outs];
        double[] loss = new double[pEval.length];
        double[] perFeature = new double[pEval.length];
        double[] stderr = new double[pEval.length];
        for (int i = 0; i < pEval.length; i++) {
            double sum = 0.0;
            double sumSq = 0.0;
            long n = 0;
            double mean;
            double se;
            do {
                batch.draw((int) Math.min(precision.pilotPerK(), precision.maxSamples() - n), pEval[i], rng);
                for (int s = 0; s < batch.size(); s++) {
                    forward.run(batch.active(), batch.from(s), batch.to(s));
                    forward.readouts(r);
                    int count = Labels.positives(structure.pairs(), op, batch.active(), batch.from(s), batch.to(s),
                            on, positives);
                    for (int k = 0; k < count; k++) {
                        label[positives[k]] = true;
                    }
                    double squares = 0.0;
                    for (int o = 0; o < outs; o++) {
                        double e = r[o] - (label[o] ? 1.0 : 0.0);
                        squares += weights.of(label[o]) * e * e;
                    }
                    for (int k = 0; k < count; k++) {
                        label[positives[k]] = false;
                    }
                    double value = squares / outs;
                    sum += value;
                    sumSq += value * value;
                }
                n += batch.size();
                mean = sum / n;
                se = Math.sqrt(Math.max(sumSq / n - mean * mean, 0.0) / (n - 1));
            } while (n < precision.maxSamples() && se > precision.targetRelativeSe() * mean);
            loss[i] = mean;
            perFeature[i] = mean / pEval[i];
            stderr[i] = se / pEval[i];
        }
        return new LossProfile(pEval, loss, perFeature, stderr);
    }
}
