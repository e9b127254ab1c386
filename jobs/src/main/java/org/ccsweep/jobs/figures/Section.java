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

    /** Toy Models of Superposition (Elhage et al. 2022), the tms task's claims and figures. */
    public static final Section TMS = new Section("Toy Models of Superposition (Elhage et al. 2022)",
            "ŷ = ReLU(Wᵀ W x + b) with n features in m dimensions, trained by the toy_models notebook's recipe; W_i is "
                    + "feature i's embedding, represented when ‖W_i‖ > 0.5; D_i = ‖W_i‖² / Σ_j (Ŵ_i · W_j)² its "
                    + "dimensionality, D* = m / ‖W‖²_F the dimensions per feature. A run can land in a local minimum, so "
                    + "geometry is read from the best seed (lowest L/p) of each point; L/p is E[loss]/p with the loss "
                    + "averaged over features, as the notebook does.");
}
