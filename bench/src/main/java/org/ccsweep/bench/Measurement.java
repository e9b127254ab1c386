package org.ccsweep.bench;

/**
 * One timed training and its loss per feature at p_train.
 *
 * @param stepsTimed     steps inside the timed window
 * @param msPerStep      training wall time per step (evaluation excluded)
 * @param lossPerFeature L/p at p_train
 * @param stderr         its standard error
 */
public record Measurement(int stepsTimed, double msPerStep, double lossPerFeature, double stderr) {
}
