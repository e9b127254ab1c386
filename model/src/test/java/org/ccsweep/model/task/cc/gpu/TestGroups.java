package org.ccsweep.model.task.cc.gpu;

import java.util.List;
import org.ccsweep.model.run.Rng;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.train.Schedule;

/** Small groups for tests: the paper's recipe with fewer steps and samples. */
final class TestGroups {
    private TestGroups() {
    }

    static GpuGroup group(InputMode mode, double p, int batch, int steps, List<GpuMember> members) {
        return new GpuGroup(100, 50, batch, steps, 3e-3, Schedule.COSINE, 0.9, 0.999, 1e-8, 1e-2, mode, p, 10, members);
    }

    static GpuMember member(long seed, float sigma, boolean learnSigma, MixingKind kind, long mixingSeed) {
        return new GpuMember(seed, sigma, learnSigma, MixingMatrix.build(kind, 100, 1000, null, new Rng(mixingSeed)));
    }
}
