package org.ccsweep.model.task.cc.gpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link GpuGroup}'s members share work: one batch stream per distinct seed, one copy of each
 * distinct M (by content), and one set of label moments per distinct (stream, M) pair; each numbered
 * in the order of its first member. A Figure 5 right sweep (41 σ × 2 kinds × 5 seeds = 410 runs) has
 * 5 streams, 10 M's and 10 pairs.
 */
final class GroupPlan {
    /** Per member: its stream, M and pair. */
    final int[] memberStream;
    final int[] memberMixing;
    final int[] memberPair;
    /** Per stream: its seed. */
    final long[] streamSeed;
    /** Per M: the unscaled M, n × n row-major. */
    final List<float[]> mixings;
    /** Per pair: its stream and M. */
    final int[] pairStream;
    final int[] pairMixing;

    private GroupPlan(int[] memberStream, int[] memberMixing, int[] memberPair, long[] streamSeed,
            List<float[]> mixings, int[] pairStream, int[] pairMixing) {
        this.memberStream = memberStream;
        this.memberMixing = memberMixing;
        this.memberPair = memberPair;
        this.streamSeed = streamSeed;
        this.mixings = mixings;
        this.pairStream = pairStream;
        this.pairMixing = pairMixing;
    }

    static GroupPlan of(GpuGroup group) {
        int size = group.members().size();
        int[] memberStream = new int[size];
        int[] memberMixing = new int[size];
        int[] memberPair = new int[size];
        Map<Long, Integer> streams = new LinkedHashMap<>();
        Map<MixingKey, Integer> mixingIndex = new HashMap<>();
        List<float[]> mixings = new ArrayList<>();
        Map<List<Integer>, Integer> pairs = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            GpuMember member = group.members().get(i);
            memberStream[i] = streams.computeIfAbsent(member.seed(), seed -> streams.size());
            memberMixing[i] = mixingIndex.computeIfAbsent(new MixingKey(member.mixing()), key -> {
                mixings.add(key.mixing);
                return mixings.size() - 1;
            });
            memberPair[i] = pairs.computeIfAbsent(List.of(memberStream[i], memberMixing[i]), pair -> pairs.size());
        }
        int[] pairStream = new int[pairs.size()];
        int[] pairMixing = new int[pairs.size()];
        pairs.forEach((pair, index) -> {
            pairStream[index] = pair.get(0);
            pairMixing[index] = pair.get(1);
        });
        long[] streamSeed = streams.keySet().stream().mapToLong(Long::longValue).toArray();
        return new GroupPlan(memberStream, memberMixing, memberPair, streamSeed, List.copyOf(mixings), pairStream,
                pairMixing);
    }

    int members() {
        return memberStream.length;
    }

    int streams() {
        return streamSeed.length;
    }

    int pairs() {
        return pairStream.length;
    }

    /** An M compared by content. */
    private record MixingKey(float[] mixing) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MixingKey other && Arrays.equals(mixing, other.mixing);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(mixing);
        }
    }
}
