package org.ccsweep.bench.gpu;

import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.data.MixingMatrix;
import org.ccsweep.model.task.cc.gpu.GpuGroup;
import org.ccsweep.model.task.cc.gpu.GpuMember;
import org.ccsweep.model.train.Schedule;

/**
 * The groups bench/gpu-check trains, all on the paper's recipe (n = 100, d = 50, batch 2048, p = 0.01,
 * AdamW 3e-3 (0.9, 0.999) 1e-8 wd 1e-2, cosine to 0), each member's M from its seed's mixing stream as a
 * run of a sweep gets it.
 */
final class CheckGroups {
    static final double P = 0.01;
    static final int BATCH = 2048;

    private CheckGroups() {
    }

    static GpuGroup group(int steps, List<GpuMember> members) {
        return new GpuGroup(100, 50, BATCH, steps, 3e-3, Schedule.COSINE, 0.9, 0.999, 1e-8, 1e-2, InputMode.BERNOULLI, P, 10, members);
    }

    static GpuMember member(long seed, MixingKind kind, float sigma, boolean learnSigma) {
        float[] mixing = MixingMatrix.build(kind, 100, 1000, null, new SeedStreams(seed, seed).mixing());
        return new GpuMember(seed, sigma, learnSigma, mixing);
    }

    /** G members with distinct seeds first..first + G − 1, asymmetric M, σ = 0.02: G batch streams. */
    static List<GpuMember> distinctSeeds(int models, long first) {
        List<GpuMember> members = new ArrayList<>();
        for (int i = 0; i < models; i++) {
            members.add(member(first + i, MixingKind.ASYMMETRIC, 0.02f, false));
        }
        return members;
    }
}
