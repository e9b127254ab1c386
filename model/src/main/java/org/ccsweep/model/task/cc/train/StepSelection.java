package org.ccsweep.model.task.cc.train;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.train.AdamW;

/**
 * The one place that picks the simplified model's step from a run's inputs, fixed per spec (never
 * per batch or by timing, so a spec trains the same bits every time): {@link DenseLossGradient} for
 * Bernoulli inputs with p_train ≥ {@link #DENSE_FROM_P}, {@link SparseLossGradient} otherwise, which
 * includes exactly-one inputs. Both compute the same loss and gradients to float rounding.
 *
 * <p>The threshold is the measured crossover. CPU ms per training step (batch, step, AdamW) at
 * n = 100, d = 50, B = 2048, one thread, median of 3 alternating rounds of 300 steps on a 2-core
 * machine at load average 8 ({@code CrossoverTiming}), with the sparse step in Gram form:
 * <pre>
 *   p        0.01   0.05   0.1    0.2    0.3    0.5
 *   sparse   0.33   1.38   2.34   5.20   10.2   23.3
 *   dense    0.97   1.59   1.74   1.94   3.00   3.93
 * </pre>
 * The two cross between p = 0.05 and 0.1; the dense step's cost grows slowly in p (its six sgemms
 * are m · d · n or m · n · n multiply-adds with m ≈ B), the sparse one's with the B · n · p active
 * entries it gathers and scatters in Java and the k² pairs of each sample's label terms.
 */
public final class StepSelection {
    /** Bernoulli p_train from which the dense step is used. */
    public static final double DENSE_FROM_P = 0.08;

    private StepSelection() {
    }

    /** Whether runs with these inputs take the dense step. */
    public static boolean dense(InputMode mode, double pTrain) {
        return mode == InputMode.BERNOULLI && pTrain >= DENSE_FROM_P;
    }

    /**
     * The simplified model's step for these inputs.
     *
     * @param mixing the unscaled M, n × n row-major
     */
    static BatchLoss simplified(InputMode mode, double pTrain, int nFeatures, int dMlp, int batch, float[] mixing) {
        return dense(mode, pTrain) ? new DenseLossGradient(nFeatures, dMlp, batch, mixing)
                : new SparseLossGradient(nFeatures, dMlp, batch, mixing);
    }

    /**
     * The steps of {@code count} models trained in lock-step on the same batches and the same M: for
     * the sparse step they share one {@link BatchLayout}; dense steps have nothing batch-only to share.
     */
    static List<BatchLoss> simplifiedTogether(InputMode mode, double pTrain, int nFeatures, int dMlp, int batch,
            float[] mixing, int count) {
        List<BatchLoss> steps = new ArrayList<>();
        BatchLayout layout = new BatchLayout(nFeatures, batch, mixing, true);
        for (int i = 0; i < count; i++) {
            steps.add(dense(mode, pTrain) ? new DenseLossGradient(nFeatures, dMlp, batch, mixing)
                    : new SparseLossGradient(nFeatures, dMlp, batch, mixing, layout));
        }
        return steps;
    }
}
