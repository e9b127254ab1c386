package org.ccsweep.model.task.uand;

import java.util.Arrays;
import org.ccsweep.model.run.Rng;

/**
 * A batch of sparse boolean inputs, reused from batch to batch: sample s has the features
 * {@code active[start[s]] < … < active[start[s + 1] − 1]} on and the others off. Each feature is on
 * independently with probability p; the sampler walks the features by geometric gaps (the gap to the next
 * active feature is ⌊ln(1 − U) / ln(1 − p)⌋ for U uniform in [0, 1)), one uniform per active feature and one
 * more per sample, which is the same law as one Bernoulli trial per feature.
 */
final class BooleanBatch {
    private final int features;
    private int[] active;
    private final int[] start;
    private int size;

    BooleanBatch(int features, int capacity) {
        this.features = features;
        this.active = new int[Math.max(16, capacity)];
        this.start = new int[capacity + 1];
    }

    /** Redraws the first {@code samples} samples (at most the capacity) at probability p. */
    void draw(int samples, double p, Rng rng) {
        size = samples;
        int n = 0;
        double logMiss = Math.log1p(-p);
        for (int s = 0; s < samples; s++) {
            start[s] = n;
            if (p >= 1.0) {
                for (int i = 0; i < features; i++) {
                    n = add(n, i);
                }
                continue;
            }
            double i = -1;
            while (true) {
                i += 1 + Math.floor(Math.log1p(-rng.nextDouble()) / logMiss);
                if (i >= features) {
                    break;
                }
                n = add(n, (int) i);
            }
        }
        start[samples] = n;
    }

    private int add(int n, int feature) {
        if (n == active.length) {
            active = Arrays.copyOf(active, 2 * n);
        }
        active[n] = feature;
        return n + 1;
    }

    int size() {
        return size;
    }

    /** The active features of all samples (shared: do not modify). */
    int[] active() {
        return active;
    }

    int from(int sample) {
        return start[sample];
    }

    int to(int sample) {
        return start[sample + 1];
    }
}
