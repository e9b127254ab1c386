package org.ccsweep.bench.gpu;

import java.util.List;
import java.util.stream.IntStream;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.eval.LossEvaluator;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.task.cc.gpu.TrainedMember;

/**
 * L/p at p = 0.01 of trained members by the CPU evaluator, as a sweep's run is evaluated (eval stream of
 * its seed, M_s = |final s| · M, the engine's default precision: 0.2 % relative SE), on every core.
 */
final class Evaluation {
    private static final EvalPrecision PRECISION = new EvalPrecision(0.002, 200, 5_000_000);

    private Evaluation() {
    }

    /** L/p of each member (NaN for a diverged one), in member order. */
    static double[] lossPerFeature(List<GpuMember> members, List<TrainedMember> trained) {
        return IntStream.range(0, members.size()).parallel()
                .mapToDouble(i -> lossPerFeature(members.get(i), trained.get(i))).toArray();
    }

    static double lossPerFeature(GpuMember member, TrainedMember trained) {
        if (trained.diverged() != null) {
            return Double.NaN;
        }
        float sigmaAbs = Math.abs(trained.training().sigma());
        float[] scaled = new float[member.mixing().length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = sigmaAbs * member.mixing()[i];
        }
        return LossEvaluator.profile(100, 50, trained.wIn(), trained.wOut(), scaled, new double[] {CheckGroups.P},
                PRECISION, new SeedStreams(member.seed(), member.seed()).eval()).lossPerFeature()[0];
    }
}
