package org.ccsweep.model.task.cc.data;

/** How the sparse inputs x ∈ R^n of one sample are drawn (science.md section 1). */
public enum InputMode {
    /** Each feature active independently with probability p, value U[-1, 1]; empty samples stay in the batch. */
    BERNOULLI,
    /** Exactly one feature active, chosen uniformly, value U[-1, 1]; p is ignored. */
    EXACTLY_ONE
}
