package org.ccsweep.model.task.cc.gpu;

import org.ccsweep.model.task.cc.data.SparseBatch;

/**
 * The rows train_step and label_moments see for a batch (sample_batches.cu builds the same on the
 * device): rows 0..multi−1 are the samples with k ≥ 2 active features, in sample order, with their
 * entries and weight 1; rows multi..rows−1 are the non-empty groups g = 0..2n−1 of the samples with
 * k = 1 (g = j for v &gt; 0, n + j otherwise), each with the one entry (j, +1 or −1) and weight
 * w_g = Σ v² over its samples (a float fma chain in sample order). A group row stands for all its
 * samples at once: h = |v| · ReLU(±W_in[j]) makes each sample's terms w_g-weighted terms of the row.
 */
final class ReferenceLayout {
    final int rows;
    final int multi;
    /** Row r's entries are [rowStart[r], rowStart[r + 1]). */
    final int[] rowStart;
    final int[] feature;
    final float[] value;
    final float[] weight;

    private ReferenceLayout(int rows, int multi, int[] rowStart, int[] feature, float[] value, float[] weight) {
        this.rows = rows;
        this.multi = multi;
        this.rowStart = rowStart;
        this.feature = feature;
        this.value = value;
        this.weight = weight;
    }

    static ReferenceLayout of(SparseBatch x) {
        int n = x.nFeatures();
        int batch = x.batch();
        float[] groupWeight = new float[2 * n];
        int[] groupMembers = new int[2 * n];
        int multi = 0;
        int multiEntries = 0;
        for (int i = 0; i < batch; i++) {
            int k = x.rowStart(i + 1) - x.rowStart(i);
            if (k >= 2) {
                multi++;
                multiEntries += k;
            } else if (k == 1) {
                float v = x.value(x.rowStart(i));
                int g = v > 0f ? x.feature(x.rowStart(i)) : n + x.feature(x.rowStart(i));
                groupWeight[g] = Math.fma(v, v, groupWeight[g]);
                groupMembers[g]++;
            }
        }
        int groups = 0;
        for (int members : groupMembers) {
            groups += members > 0 ? 1 : 0;
        }
        int rows = multi + groups;
        int[] rowStart = new int[rows + 1];
        int[] feature = new int[multiEntries + groups];
        float[] value = new float[multiEntries + groups];
        float[] weight = new float[rows];
        int r = 0;
        int e = 0;
        for (int i = 0; i < batch; i++) {
            if (x.rowStart(i + 1) - x.rowStart(i) >= 2) {
                rowStart[r] = e;
                for (int entry = x.rowStart(i); entry < x.rowStart(i + 1); entry++, e++) {
                    feature[e] = x.feature(entry);
                    value[e] = x.value(entry);
                }
                weight[r++] = 1f;
            }
        }
        for (int g = 0; g < 2 * n; g++) {
            if (groupMembers[g] > 0) {
                rowStart[r] = e;
                feature[e] = g < n ? g : g - n;
                value[e++] = g < n ? 1f : -1f;
                weight[r++] = groupWeight[g];
            }
        }
        rowStart[rows] = e;
        return new ReferenceLayout(rows, multi, rowStart, feature, value, weight);
    }
}
