package org.ccsweep.model.task.uand;

import org.ccsweep.model.run.Rng;

/**
 * A U-AND problem's fixed random structure, drawn from the mixing stream in this order: the pairs, the
 * input embedding, the output embedding (so that a bisection's widths share their pairs).
 * <ul>
 *   <li>Inputs: x ∈ {0, 1}^m enters as v = x (d_0 = m) or, embedded, as v = x · E_in with E_in ∈ R^{m × d_0}
 *       of unit rows (the features in superposition).</li>
 *   <li>Outputs: the network's ŷ ∈ R^{d_out} is read off as r_o = ŷ_o (d_out = m') or, in superposition, as
 *       r_o = ŷ · u_o with u_o the unit rows of E_out ∈ R^{m' × d_out}.</li>
 * </ul>
 *
 * @param pairs    the outputs' pairs
 * @param embedIn  E_in, m × d_0 row-major; null for direct inputs
 * @param embedOut E_out, m' × d_out row-major; null for direct outputs
 * @param dIn      d_0: m for direct inputs
 * @param dOut     d_out: m' for direct outputs
 */
public record Structure(Pairs pairs, float[] embedIn, float[] embedOut, int dIn, int dOut) {

    /**
     * @param dEmbed d_0, 0 for direct inputs
     * @param dOut   d_out, 0 for direct outputs
     * @param mixing the mixing stream, at its start
     */
    public static Structure draw(int features, int pairCount, int dEmbed, int dOut, Rng mixing) {
        Pairs pairs = Pairs.draw(features, pairCount, mixing);
        float[] in = dEmbed == 0 ? null : UnitRows.draw(features, dEmbed, mixing);
        float[] out = dOut == 0 ? null : UnitRows.draw(pairs.size(), dOut, mixing);
        return new Structure(pairs, in, out, dEmbed == 0 ? features : dEmbed, dOut == 0 ? pairs.size() : dOut);
    }

    /** The structure of a run at a fixed width. */
    public static Structure of(UandRun run) {
        return draw(run.features(), run.spec().get(UandKeys.PAIRS), run.dEmbed(), run.dOut(), run.streams().mixing());
    }

    /** m. */
    public int features() {
        return pairs.features();
    }

    /** m'. */
    public int outputs() {
        return pairs.size();
    }

    public boolean directIn() {
        return embedIn == null;
    }

    public boolean directOut() {
        return embedOut == null;
    }

    /** G = E_outᵀ E_out (d_out × d_out row-major), summed in double and rounded; null for direct outputs. */
    public float[] outputGram() {
        if (embedOut == null) {
            return null;
        }
        float[] gram = new float[dOut * dOut];
        for (int a = 0; a < dOut; a++) {
            for (int b = 0; b < dOut; b++) {
                double sum = 0.0;
                for (int o = 0; o < outputs(); o++) {
                    sum += (double) embedOut[o * dOut + a] * embedOut[o * dOut + b];
                }
                gram[a * dOut + b] = (float) sum;
            }
        }
        return gram;
    }
}
