package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.train.AdamW;
import org.ccsweep.model.train.DivergedException;
import org.ccsweep.model.train.TrainingCurve;

/**
 * Trains a {@link Net} in place: train.steps steps of train.batch fresh inputs at p, each step the loss and
 * gradient of {@link Step} and one AdamW update per trained tensor (W_1, b_1 and W_2, or W_2 alone when the
 * first layer is frozen) at the rate train.schedule gives.
 */
final class Trainer {
    /**
     * @param curveSteps last step (1-based) of each curve window
     * @param curveLoss  mean training loss over each window
     * @param seconds    wall time of training
     */
    record Trained(int[] curveSteps, double[] curveLoss, double seconds) {
        double finalLoss() {
            return curveLoss[curveLoss.length - 1];
        }
    }

    private Trainer() {
    }

    /** @throws DivergedException when a step's loss is not finite */
    static Trained train(UandRun run, Structure structure, Net net, Rng trainStream) {
        long start = System.nanoTime();
        RunSpec spec = run.spec();
        boolean trainFirst = run.firstLayer().trained();
        Step step = new Step(structure, run.operation(), run.weights(), trainFirst, net, spec.batch());
        float[] gradW1 = new float[net.w1.length];
        float[] gradB1 = new float[net.b1.length];
        float[] gradW2 = new float[net.w2.length];
        AdamW optW1 = adamW(spec, net.w1.length);
        AdamW optB1 = adamW(spec, net.b1.length);
        AdamW optW2 = adamW(spec, net.w2.length);
        BooleanBatch batch = new BooleanBatch(structure.features(), spec.batch());
        TrainingCurve curve = new TrainingCurve(spec.steps(), spec.curvePoints());
        for (int t = 0; t < spec.steps(); t++) {
            batch.draw(spec.batch(), run.p(), trainStream);
            double loss = step.lossAndGradient(batch, gradW1, gradB1, gradW2);
            if (!Double.isFinite(loss)) {
                throw new DivergedException(t + 1, loss);
            }
            curve.add(loss);
            double lr = spec.schedule().lr(spec.lr(), t, spec.steps());
            if (trainFirst) {
                optW1.step(net.w1, gradW1, lr);
                optB1.step(net.b1, gradB1, lr);
            }
            optW2.step(net.w2, gradW2, lr);
        }
        return new Trained(curve.steps(), curve.loss(), (System.nanoTime() - start) * 1e-9);
    }

    private static AdamW adamW(RunSpec spec, int size) {
        return new AdamW(size, spec.beta1(), spec.beta2(), spec.eps(), spec.weightDecay());
    }
}
