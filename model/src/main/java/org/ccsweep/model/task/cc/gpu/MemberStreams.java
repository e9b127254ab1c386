package org.ccsweep.model.task.cc.gpu;

import org.ccsweep.model.run.Rng;
import org.ccsweep.model.run.SeedStreams;
import org.ccsweep.model.task.cc.net.SimplifiedModel;

/**
 * What a member's seed starts: its initial weights and its batch stream, the streams
 * {@link org.ccsweep.model.task.cc.RunExecutor} uses for a run of that seed (the M stream, which a sweep
 * may pin, is not needed: the member carries its M).
 */
final class MemberStreams {
    private MemberStreams() {
    }

    /** W_in (n × d) then W_out (d × n) from the seed's init stream. */
    static SimplifiedModel init(GpuGroup group, long seed) {
        return SimplifiedModel.init(group.nFeatures(), group.dMlp(), new SeedStreams(seed, seed).init());
    }

    /** The seed's training stream, at its start. */
    static Rng train(long seed) {
        return new SeedStreams(seed, seed).train();
    }
}
