package org.ccsweep.bench;

/**
 * Whether two trainings' L/p agree: ours and the peer's are independent draws (different M, init,
 * data and evaluation samples), so they must agree within their evaluation noise plus the seed-to-seed
 * spread of trained models: |Δ| &lt; 3 · sqrt(SE_a² + SE_b²) + 3 · √2 · s_seed, where s_seed is the
 * standard deviation of L/p over seeds and √2 · s_seed that of a difference of two seeds.
 */
public record Agreement(double delta, double noiseTolerance, double seedAllowance) {

    public static Agreement of(Measurement a, Measurement b, double seedStd) {
        return new Agreement(a.lossPerFeature() - b.lossPerFeature(),
                3.0 * Math.hypot(a.stderr(), b.stderr()), 3.0 * Math.sqrt(2.0) * seedStd);
    }

    public double tolerance() {
        return noiseTolerance + seedAllowance;
    }

    public boolean agrees() {
        return Math.abs(delta) < tolerance();
    }

    /** The sample standard deviation (n − 1 in the denominator). */
    public static double sampleStd(double[] values) {
        double mean = 0.0;
        for (double v : values) {
            mean += v / values.length;
        }
        double squares = 0.0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
