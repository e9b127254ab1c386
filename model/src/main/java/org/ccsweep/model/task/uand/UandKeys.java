package org.ccsweep.model.task.uand;

import java.util.List;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rule;

/**
 * The keys of the U-AND task's runs besides {@link Keys#ALL}, all in reference.conf's {@code uand} block
 * and documented there; each can be a grid axis by its full path ({@code "uand.operation" = [and, xor]}).
 */
public final class UandKeys {
    public static final Key<Operation> OPERATION = Key.choice("uand.operation", Operation.class, "uand_operation");
    /** m': 0 for all C(m, 2) pairs, else that many distinct pairs drawn from the mixing stream. */
    public static final Key<Integer> PAIRS = Key.integer("uand.pairs", Rule.integerAtLeast(0), "uand_pairs");
    /** d_0: 0 for inputs given directly, else the width of their fixed random embedding. */
    public static final Key<Integer> D_EMBED = Key.integer("uand.d-embed", Rule.integerAtLeast(0), "uand_d_embed");
    /** d_out: 0 for one output per pair, else the width the outputs are read off from (outputs in superposition). */
    public static final Key<Integer> D_OUT = Key.integer("uand.d-out", Rule.integerAtLeast(0), "uand_d_out");
    public static final Key<FirstLayer> FIRST_LAYER = Key.choice("uand.first-layer", FirstLayer.class,
            "uand_first_layer");
    /** p_w of the construction's binary first layer; held only by runs of the construction. */
    public static final Key<Double> CONNECT_P = Key.real("uand.connect-p", Rule.openClosed(0, 1), "uand_connect_p");
    public static final Key<Boolean> BALANCED = Key.bool("uand.balanced", "uand_balanced");
    /**
     * λ of the closed-form read-off; held only by runs with one output per pair. A measurement key, as the next: the
     * ridge read-off is measured beside the trained network and does not change it.
     */
    public static final Key<Double> RIDGE_PENALTY = Key.real("uand.ridge.penalty", Rule.above(0),
            "uand_ridge_penalty").measurement();
    /** Samples the closed-form read-off is fitted on; held only by runs with one output per pair. */
    public static final Key<Integer> RIDGE_SAMPLES = Key.integer("uand.ridge.samples", Rule.integerAtLeast(1),
            "uand_ridge_samples").measurement();
    /** Inputs the metrics are measured on; not a measurement key, as a bisection's probes are judged on them. */
    public static final Key<Integer> EVAL_SAMPLES = Key.integer("uand.eval-samples", Rule.integerAtLeast(1),
            "uand_eval_samples");
    public static final Key<Boolean> BISECT = Key.bool("uand.bisect.enabled", "uand_bisect");
    /** The error the bisection's width must reach; held only by bisection runs. */
    public static final Key<Double> BISECT_TARGET = Key.real("uand.bisect.target", Rule.above(0),
            "uand_bisect_target");
    /** How close the bisection brackets d_min, relative to the width: it stops at hi − lo ≤ max(1, ⌊tolerance · hi⌋). */
    public static final Key<Double> BISECT_TOLERANCE = Key.real("uand.bisect.tolerance", Rule.closedOpen(0, 1),
            "uand_bisect_tolerance");

    /** The grid keys in the order the grid expands them: the task has no short-named grid keys of its own. */
    static final List<Key<?>> GRID = List.of(Keys.P_TRAIN);

    /** Every key of the task's own. */
    static final List<Key<?>> ALL = List.of(OPERATION, PAIRS, D_EMBED, D_OUT, FIRST_LAYER, CONNECT_P, BALANCED,
            RIDGE_PENALTY, RIDGE_SAMPLES, EVAL_SAMPLES, BISECT, BISECT_TARGET, BISECT_TOLERANCE);

    private UandKeys() {
    }
}
