package org.ccsweep.jobs.figures;

/**
 * A family's part of the report: its heading and what its numbers read, above its claims and figures
 * (each {@link Figure} and each claim of the report names its section).
 *
 * @param title the heading
 * @param intro what the section's numbers are, as HTML-free text
 */
public record Section(String title, String intro) {
    /** The Compressed Computation paper (Bhagat et al. 2025), the CC task's claims. */
    public static final Section CC = new Section("Compressed Computation (Bhagat et al. 2025)",
            "L/p is the loss per feature; each point's naive line is its runs' naive_reference_loss_per_feature, the naive "
                    + "model's L/p on labels without M: (n − d)/(6n), 1/12 at the paper's n = 100, d = 50.");
}
