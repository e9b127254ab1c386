package org.ccsweep.model.task.cc.train;

import static org.ccsweep.model.task.FloatArrays.toDouble;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.ReferenceStep;
import org.ccsweep.model.task.cc.CcProblem;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * The generic {@link ReferenceStep} on the plain CC problem ({@link CcProblem}) for a sparse batch: what
 * the fast steps' loss and gradients are tested against.
 *
 * @param loss      the mean loss over the batch
 * @param gradWIn   ∂L/∂W_in, n × d
 * @param gradWOut  ∂L/∂W_out, d × n
 * @param gradSigma ∂L/∂s
 */
record Reference(double loss, double[] gradWIn, double[] gradWOut, double gradSigma) {

    static Reference of(int n, int d, float[] mixing, SparseBatch batch, float[] wIn, float[] wOut, double s) {
        DenseProblem problem = new CcProblem(n, d, mixing, InputMode.BERNOULLI);
        double[][] grads = {new double[n * d], new double[d * n], new double[1]};
        double loss = ReferenceStep.lossAndGradient(problem, CcProblem.parameters(wIn, wOut, s), dense(batch), grads);
        return new Reference(loss, grads[0], grads[1], grads[2][0]);
    }

    /** The batch's samples as dense double vectors, empty ones included. */
    static List<double[]> dense(SparseBatch batch) {
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < batch.batch(); i++) {
            xs.add(toDouble(batch.dense(i)));
        }
        return xs;
    }

}
