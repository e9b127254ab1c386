package org.ccsweep.jobs.report;

/** Our side of a claim: the numbers (means ± 95 % half-widths) and whether they agree with the paper under its rule. */
public record Finding(String ours, boolean agrees) {
}
