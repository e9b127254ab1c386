package org.ccsweep.model.task.cc.train;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * C ← α · op(A) · op(B) + β · C in single precision and column-major order, straight to OpenBLAS,
 * the library under ND4J's CPU backend: {@code Nd4j.gemm} checks its arguments with allocations
 * (~5 KB and ~30 µs a call), which this hot loop cannot afford. A sample-major row block (m rows of
 * k floats) is the column-major k × m matrix, so the step needs no copies to change layout.
 */
final class Sgemm {
    private Sgemm() {
    }

    /**
     * C ← op(A) · op(B) + β · C.
     *
     * @param m rows of op(A) and C
     * @param n columns of op(B) and C
     * @param k columns of op(A), rows of op(B)
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, FloatPointer a, int lda, FloatPointer b,
            int ldb, float beta, FloatPointer c, int ldc) {
        gemm(transA, transB, m, n, k, 1f, a, lda, b, ldb, beta, c, ldc);
    }

    /** C ← α · op(A) · op(B) + β · C; the pointers' positions are offsets into their arrays. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatPointer a, int lda,
            FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
        openblas.cblas_sgemm(openblas.CblasColMajor, transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transB ? openblas.CblasTrans : openblas.CblasNoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }
}
