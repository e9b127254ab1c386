package org.ccsweep.jobs.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnknownKeyTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void typoInASectionNameIsRejectedWithTheKnownSections() {
        fx.rejects("sweep { name = a }\ntrian.steps = 5\n")
                .hasMessageStartingWith(fx.conf + ":2: trian: unknown key")
                .hasMessageContaining("known here: analysis, baselines, engine, eval, model, sweep, tms, train");
    }

    @Test
    void typoInANestedKeyIsRejectedWithItsSiblings() {
        fx.rejects("train {\n  stpes = 50\n}\n")
                .hasMessageStartingWith(fx.conf + ":2: train.stpes: unknown key (set to 50)")
                .hasMessageContaining("batch, beta1, beta2");
    }

    @Test
    void unknownGridAxisIsRejected() {
        fx.rejects("sweep.grid.temperature = [1, 2]\n")
                .hasMessageContaining("sweep.grid.temperature: unknown key")
                .hasMessageContaining("learn-sigma, mixing, model, p-train, rank, sigma");
    }

    @Test
    void unknownKeyInsideARangeIsRejected() {
        fx.rejects("sweep.grid.sigma = { from = 0, to = 0.08, count = 5, scael = log }\n")
                .hasMessageContaining("sweep.grid.sigma.scael: unknown key of a range; a range has from, to, count, scale");
    }

    @Test
    void aSectionGivenAsAScalarIsRejected() {
        fx.rejects("model.low-rank = 5\n")
                .hasMessageContaining("model.low-rank: 5 is not an object with keys orthonormal, symmetrise, tied, zero-diagonal");
    }

    @Test
    void unknownKeyFromSetIsReportedAsSet() {
        fx.rejects("", "train.lr0=0.1").hasMessageStartingWith("--set: train.lr0: unknown key");
    }
}
