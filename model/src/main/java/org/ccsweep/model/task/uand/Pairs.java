package org.ccsweep.model.task.uand;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ccsweep.model.run.Rng;

/**
 * The pairs of input features the outputs compute on: output o reads features {@code first[o] < second[o]}.
 * Either all C(m, 2) pairs in lexicographic order, or m' distinct pairs drawn uniformly from them, sorted
 * lexicographically. {@link #incident} lists, per feature, the outputs that read it, so that the labels of a
 * sparse input cost its active features' degrees rather than m'.
 */
public final class Pairs implements Serializable {
    private final int features;
    private final int[] first;
    private final int[] second;
    private final int[][] incident;

    private Pairs(int features, int[] first, int[] second) {
        this.features = features;
        this.first = first;
        this.second = second;
        int[] degree = new int[features];
        for (int o = 0; o < first.length; o++) {
            degree[first[o]]++;
            degree[second[o]]++;
        }
        this.incident = new int[features][];
        for (int i = 0; i < features; i++) {
            incident[i] = new int[degree[i]];
        }
        int[] filled = new int[features];
        for (int o = 0; o < first.length; o++) {
            incident[first[o]][filled[first[o]]++] = o;
            incident[second[o]][filled[second[o]]++] = o;
        }
    }

    /** C(m, 2). @throws IllegalArgumentException when it does not fit an int */
    public static int allPairs(int features) {
        long all = (long) features * (features - 1) / 2;
        if (all > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("C(" + features + ", 2) = " + all + " pairs do not fit an int");
        }
        return (int) all;
    }

    /**
     * @param count m', 0 for all pairs
     * @param rng   the mixing stream: {@code count} distinct pair indices by rejection, in draw order, then
     *              sorted (a stream draws the same pairs for every width of a bisection)
     */
    public static Pairs draw(int features, int count, Rng rng) {
        int all = allPairs(features);
        if (count < 0 || count > all) {
            throw new IllegalArgumentException("m' must be in [0, C(m, 2) = " + all + "], got " + count);
        }
        int[] indices;
        if (count == 0) {
            indices = new int[all];
            Arrays.setAll(indices, q -> q);
        } else {
            indices = new int[count];
            Set<Integer> seen = new HashSet<>();
            for (int o = 0; o < count; ) {
                int q = rng.nextInt(all);
                if (seen.add(q)) {
                    indices[o++] = q;
                }
            }
            Arrays.sort(indices);
        }
        int[] first = new int[indices.length];
        int[] second = new int[indices.length];
        int i = 0;
        int rowStart = 0;
        for (int o = 0; o < indices.length; o++) {
            while (indices[o] >= rowStart + features - 1 - i) {
                rowStart += features - 1 - i;
                i++;
            }
            first[o] = i;
            second[o] = i + 1 + indices[o] - rowStart;
        }
        return new Pairs(features, first, second);
    }

    /** m. */
    public int features() {
        return features;
    }

    /** m'. */
    public int size() {
        return first.length;
    }

    /** The lower feature of output o's pair. */
    public int first(int o) {
        return first[o];
    }

    /** The higher feature of output o's pair. */
    public int second(int o) {
        return second[o];
    }

    /** The feature of output o's pair other than {@code feature}. */
    public int partner(int o, int feature) {
        return first[o] == feature ? second[o] : first[o];
    }

    /** The outputs whose pair holds {@code feature} (shared: do not modify). */
    public int[] incident(int feature) {
        return incident[feature];
    }
}
