package org.ccsweep.jobs.figures;

/** The report's sections of the U-AND task: the genericity test of Hänni et al., and the neuron-scaling study. */
public final class UandSections {
    /** U-AND and U-XOR at a fixed width, first layer trained or frozen. */
    public static final Section GENERICITY = new Section("U-AND and U-XOR (Hänni, Mendel, Vaintrob, Chan 2024)",
            "Runs of the uand task at a fixed width: read-off errors e = r − y on fresh inputs at p_train "
                    + "(uand_metrics, uand_accuracy), seed means with 95 % intervals. L/p is the training loss per "
                    + "feature; a run's naive line is the network that outputs 0 everywhere, whose loss is w(1) π "
                    + "(π = P(label = 1)): L/p = 1/(2p) with the balanced loss.");
    /** The least width reaching an error target against the number of pairs. */
    public static final Section SCALING = new Section("Neuron scaling (Adler and Shavit 2024)",
            "Bisection runs of the uand task: per pair set and seed, the least width d_min whose network reaches "
                    + "the error target (uand_scaling), inputs and outputs in superposition at that width; per m', the "
                    + "seed median, and a least-squares fit of ln d_min on ln m'.");

    private UandSections() {
    }
}
