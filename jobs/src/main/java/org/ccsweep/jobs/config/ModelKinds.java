package org.ccsweep.jobs.config;

import java.util.List;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * What the residual model needs of the rest of the sweep: its M is I − W_E W_Eᵀ at scale 1 (the
 * embedding kind), it has no scale to learn, and it has no transplant phase.
 */
final class ModelKinds {
    private ModelKinds() {
    }

    static void check(Fields f, SweepSpec.Grid grid, SweepSpec.Train train) {
        if (!grid.model().contains(ModelKind.RESIDUAL)) {
            return;
        }
        String why = " (sweep.grid.model includes residual, whose M is I − W_E W_Eᵀ at scale 1)";
        if (!grid.mixing().equals(List.of(MixingKind.EMBEDDING))) {
            throw f.error("sweep.grid.mixing", Fields.render(f.value("sweep.grid.mixing"))
                    + " is not [embedding], the only kind the residual model allows" + why);
        }
        if (grid.learnSigma().contains(true)) {
            throw f.error("sweep.grid.learn-sigma", Fields.render(f.value("sweep.grid.learn-sigma"))
                    + " is not [false]: the residual model has no scale to learn" + why);
        }
        if (train.transplantSteps() != 0) {
            throw f.error("train.transplant-steps", train.transplantSteps()
                    + " is not 0: only the simplified model can be transplanted" + why);
        }
    }
}
