package org.ccsweep.model.task.tms;

import java.util.List;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rule;

/**
 * The keys of the TMS task's runs besides {@link Keys#ALL}, documented in reference.conf's {@code tms} block. The
 * generic keys carry the rest: {@link Keys#N_FEATURES} is n, {@link Keys#D_MLP} the hidden width m, and
 * {@link Keys#P_TRAIN} the feature probability p of the most important feature.
 */
public final class TmsKeys {
    /** r in I_i = r^i (i = 0..n−1): 1 weighs every feature alike, 0.9 is the notebook's intro, r &gt; 1 favours the last. */
    public static final Key<Double> IMPORTANCE_DECAY = Key.real("tms.importance-decay", Rule.above(0),
            "importance_decay");
    /**
     * q in p_i = p · q^i (i = 0..n−1), the per-feature probability profile: 1 gives every feature the probability p,
     * q &lt; 1 makes the later features rarer.
     */
    public static final Key<Double> DENSITY_DECAY = Key.real("tms.density-decay", Rule.openClosed(0, 1),
            "density_decay");

    /** The grid keys in the order the grid expands them: only p_train; any other key is an axis by its full path. */
    static final List<Key<?>> GRID = List.of(Keys.P_TRAIN);

    /** Every key of the task's own. */
    static final List<Key<?>> ALL = List.of(IMPORTANCE_DECAY, DENSITY_DECAY);

    private TmsKeys() {
    }
}
