package org.ccsweep.model.task.cc;

import java.util.List;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.Rule;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/** The keys of the CC task's runs besides {@link Keys#ALL} (science.md sections 1-5), documented in reference.conf. */
public final class CcKeys {
    public static final Key<ModelKind> MODEL = Key.choice("sweep.grid.model", ModelKind.class, "model").onGrid();
    public static final Key<MixingKind> MIXING = Key.choice("sweep.grid.mixing", MixingKind.class, "mixing").onGrid();
    public static final Key<InputMode> INPUT_MODE = Key.choice("sweep.grid.input-mode", InputMode.class, "input_mode")
            .onGrid();
    public static final Key<Boolean> LEARN_SIGMA = Key.bool("sweep.grid.learn-sigma", "learn_sigma").onGrid();
    public static final Key<Double> SIGMA = Key.real("sweep.grid.sigma", Rule.atLeast(0), "sigma").onGrid();
    public static final Key<Integer> RANK = Key.integer("sweep.grid.rank", Rule.integerAtLeast(1), "low_rank_rank")
            .onGrid();
    public static final Key<Integer> D_EMBED = Key.integer("model.d-embed", Rule.integerAtLeast(1), "d_embed");
    public static final Key<Boolean> ORTHONORMAL = Key.bool("model.low-rank.orthonormal", "low_rank_orthonormal");
    public static final Key<Boolean> TIED = Key.bool("model.low-rank.tied", "low_rank_tied");
    public static final Key<Boolean> ZERO_DIAGONAL = Key.bool("model.low-rank.zero-diagonal", "low_rank_zero_diagonal");
    public static final Key<Boolean> SYMMETRISE = Key.bool("model.low-rank.symmetrise", "low_rank_symmetrise");
    public static final Key<Boolean> SCALE_STEPS = Key.bool("train.scale-steps", "scale_steps");
    public static final Key<Integer> TRANSPLANT_STEPS = Key.integer("train.transplant-steps", Rule.integerAtLeast(0),
            "transplant_steps");
    public static final Key<Boolean> ANALYSIS = Key.bool("analysis.enabled", "analysis").measurement();

    /** The grid keys in the order the grid expands them, outermost first ({@link Keys#P_TRAIN} among them). */
    static final List<Key<?>> GRID = List.of(MODEL, MIXING, INPUT_MODE, LEARN_SIGMA, Keys.P_TRAIN, SIGMA, RANK);

    /** The low-rank options, held only by runs of the low-rank kind. */
    static final List<Key<?>> LOW_RANK = List.of(RANK, ORTHONORMAL, TIED, ZERO_DIAGONAL, SYMMETRISE);

    /** Every key of the task's own, grid keys first. */
    static final List<Key<?>> ALL = List.of(MODEL, MIXING, INPUT_MODE, LEARN_SIGMA, SIGMA, RANK, D_EMBED, ORTHONORMAL,
            TIED, ZERO_DIAGONAL, SYMMETRISE, SCALE_STEPS, TRANSPLANT_STEPS, ANALYSIS);

    private CcKeys() {
    }
}
