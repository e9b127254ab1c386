package org.ccsweep.jobs.report;

import java.util.List;

/** The claims the report judges: the CC paper's in the order of issue 4's list, then the TMS paper's, then the U-AND task's. */
public final class Claims {
    private Claims() {
    }

    public static List<Claim> all() {
        return List.of(new CleanAdvantageVanishes(), new SigmaFallsThenRises(), new SolutionTypesDiffer(),
                new TopEigenvectorsPreserved(), new SemiNmfBetween(), new OffsetImprovesDense(), new TransplantJumpsBack(),
                new LearntSigmaNearOptimal(), new TmsSuperpositionWithSparsity(), new TmsImportanceOrder(),
                new TmsDenseClosedForm(), new TmsDimensionClusters(), new XorComparableToAnd(), new ScalingBetweenBounds());
    }
}
