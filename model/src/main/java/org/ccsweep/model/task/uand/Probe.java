package org.ccsweep.model.task.uand;

import java.io.Serializable;

/**
 * One width a bisection trained and measured (a row of uand_probes).
 *
 * @param width          d
 * @param rmsZero        the RMS error on outputs whose label is 0
 * @param rmsPositive    the RMS error on outputs whose label is 1
 * @param error          the larger of the two ({@link ReadoffMetrics#error()})
 * @param reached        whether error ≤ the run's target
 * @param finalTrainLoss mean training loss over the last curve window
 * @param trainSeconds   wall time of its training
 */
public record Probe(int width, double rmsZero, double rmsPositive, double error, boolean reached,
                    double finalTrainLoss, double trainSeconds) implements Serializable {
}
