package org.ccsweep.jobs.figures;

import java.util.List;

/** Every figure the {@code figures} and {@code report} commands draw, in the paper's order. */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> all() {
        return List.of(new Fig2Profiles(), new Fig5LeftKinds(), new Fig5RightSigma(), new Fig6Transplant(), new Fig9SemiNmf());
    }
}
