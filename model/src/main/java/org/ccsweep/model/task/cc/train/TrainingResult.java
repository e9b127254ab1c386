package org.ccsweep.model.task.cc.train;

/**
 * What training returns besides the weights it updated in place.
 *
 * @param sigma      the scale s after the last step (the initial value unless learnt)
 * @param curveSteps last 1-based step of each curve window
 * @param curveLoss  mean training loss of each window
 * @param finalLoss  mean training loss of the last window
 */
public record TrainingResult(float sigma, int[] curveSteps, double[] curveLoss, double finalLoss) {
}
