package org.ccsweep.model.task.cc.gpu;

import java.util.List;
import org.ccsweep.model.task.cc.net.SimplifiedModel;

/**
 * The group's per-member values packed for the device, member i's block at i · size: initial W_in
 * (n × d) and W_out (d × n) from each seed ({@link MemberStreams#init}), s, whether s is learnt, and the
 * plan's stream, M and pair of each member.
 */
final class GroupParameters {
    final float[] wIn;
    final float[] wOut;
    final float[] sigma;
    final int[] learnSigma;

    private GroupParameters(float[] wIn, float[] wOut, float[] sigma, int[] learnSigma) {
        this.wIn = wIn;
        this.wOut = wOut;
        this.sigma = sigma;
        this.learnSigma = learnSigma;
    }

    static GroupParameters initial(GpuGroup group) {
        List<GpuMember> members = group.members();
        int size = group.nFeatures() * group.dMlp();
        float[] wIn = new float[members.size() * size];
        float[] wOut = new float[members.size() * size];
        float[] sigma = new float[members.size()];
        int[] learnSigma = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            SimplifiedModel model = MemberStreams.init(group, members.get(i).seed());
            System.arraycopy(model.wIn(), 0, wIn, i * size, size);
            System.arraycopy(model.wOut(), 0, wOut, i * size, size);
            sigma[i] = members.get(i).sigma();
            learnSigma[i] = members.get(i).learnSigma() ? 1 : 0;
        }
        return new GroupParameters(wIn, wOut, sigma, learnSigma);
    }

    /** Member i's block of a packed array of blocks of {@code size}. */
    static float[] block(float[] packed, int i, int size) {
        float[] out = new float[size];
        System.arraycopy(packed, i * size, out, 0, size);
        return out;
    }

    static double[] block(double[] packed, int i, int size) {
        double[] out = new double[size];
        System.arraycopy(packed, i * size, out, 0, size);
        return out;
    }
}
