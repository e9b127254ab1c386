package org.ccsweep.model.task.cc.baselines;

import java.io.Serializable;
import java.util.List;
import org.ccsweep.model.eval.LossProfile;

/**
 * What one baseline task produced.
 *
 * @param spec    the task
 * @param profile L/p over spec.evalP(), or for {@code NAIVE_OFFSET} over offsetScan.p at each p's optimal offset
 * @param offsets {@code NAIVE_OFFSET}: the optimal offset at each profile point; null for other kinds
 * @param scans   {@code NAIVE_OFFSET}: the scan at each p of offsetScan.p; empty for other kinds
 */
public record BaselineResult(BaselineSpec spec, LossProfile profile, double[] offsets,
                             List<NaiveOffsetModel.OffsetScan> scans) implements Serializable {
    public BaselineResult {
        scans = List.copyOf(scans);
    }
}
