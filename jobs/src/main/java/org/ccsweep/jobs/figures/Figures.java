package org.ccsweep.jobs.figures;

import java.util.List;

/** Every figure the {@code figures} and {@code report} commands draw, in the paper's order. */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> all() {
        return List.of(new Fig2Profiles(), new Fig3Responses(false), new Fig3Responses(true), new Fig4WeightBars(false),
                new Fig4WeightBars(true), new Fig5LeftKinds(), new Fig5RightSigma(), new Fig6Transplant(),
                new Fig7Projections(), new Fig7Alignment(), new Fig8Entries(), new Fig9SemiNmf(), new Fig10OffsetScan(),
                new Fig10OffsetProfile(), new RankStudy(RankStudy.Panel.LOSS), new RankStudy(RankStudy.Panel.GAIN),
                new RankStudy(RankStudy.Panel.SIGMA));
    }
}
