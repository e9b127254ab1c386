package org.ccsweep.model.task.cc.data;

/**
 * Options of the {@link MixingKind#LOW_RANK} mixing matrix M = U Vᵀ, U, V ∈ R^{n × rank}.
 *
 * @param rank         r, 1 ≤ r ≤ n
 * @param orthonormal  orthonormalise the columns of U and V (a flat spectrum)
 * @param tied         U = V
 * @param zeroDiagonal set diag(M) = 0 after the product
 * @param symmetrise   M ← triu(M) + triu(M, 1)ᵀ, as for the symmetric kind
 */
public record LowRankOptions(int rank, boolean orthonormal, boolean tied, boolean zeroDiagonal, boolean symmetrise) implements java.io.Serializable {
    public LowRankOptions {
        if (rank < 1) {
            throw new IllegalArgumentException("low-rank rank must be ≥ 1, got " + rank);
        }
    }
}
