package org.ccsweep.model.task;

import org.ccsweep.model.run.Rng;

/**
 * A run's task written as directly as its definition, in double precision and dense vectors: the
 * input law, the labels, the network and the loss of one sample with its gradient. Deliberately plain
 * (loops over every input and output, no sparsity, no lock-step, no BLAS), it shares no code with the
 * task's fast paths, which are tested against it through {@link ReferenceStep} and
 * {@link ReferenceEvaluator}. Parameters θ are a fixed list of tensors, each a row-major double array
 * of {@link #parameterSizes()}[i] entries, in the order the task documents.
 */
public interface DenseProblem {
    /** The width of an input x. */
    int inputs();

    /** The width of the network's output and of the labels. */
    int outputs();

    /** The number of entries of each parameter tensor, in order. */
    int[] parameterSizes();

    /** Draws one input from the task's law at feature probability p into x (length {@link #inputs()}). */
    void sample(double p, Rng rng, double[] x);

    /** The labels y (length {@link #outputs()}) of input x; they may depend on θ (a learnable scale). */
    void labels(double[][] theta, double[] x, double[] y);

    /** The network's output for input x. */
    void forward(double[][] theta, double[] x, double[] out);

    /**
     * The loss of one sample; when {@code grads} is not null, adds its gradient with respect to each
     * parameter tensor into {@code grads} (shaped as θ).
     */
    double loss(double[][] theta, double[] x, double[][] grads);
}
