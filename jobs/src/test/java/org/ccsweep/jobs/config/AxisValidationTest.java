package org.ccsweep.jobs.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AxisValidationTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void emptyAxis() {
        fx.rejects("sweep.grid.sigma = []\n").hasMessageContaining(":1: sweep.grid.sigma: [] is empty; give at least one value");
    }

    @Test
    void emptySeeds() {
        fx.rejects("sweep.seeds = []\n").hasMessageContaining("sweep.seeds: [] is empty");
    }

    @Test
    void duplicateSeeds() {
        fx.rejects("sweep.seeds = [0, 1, 1]\n").hasMessageContaining("sweep.seeds: [0,1,1] lists 1 twice; values must be distinct");
    }

    @Test
    void duplicateMixingKind() {
        fx.rejects("sweep.grid.mixing = [clean, clean]\n").hasMessageContaining("sweep.grid.mixing: [\"clean\",\"clean\"] lists clean twice");
    }

    @Test
    void rangeWithCountZero() {
        fx.rejects("sweep.grid.sigma = { from = 0, to = 0.08, count = 0 }\n")
                .hasMessageContaining("sweep.grid.sigma.count: 0 is not an integer in [1, 100000]");
    }

    @Test
    void rangeFromAboveTo() {
        fx.rejects("sweep.grid.sigma = { from = 0.08, to = 0, count = 3 }\n")
                .hasMessageContaining("sweep.grid.sigma.from: 0.08 is not ≤ to (0)");
    }

    @Test
    void logRangeFromZero() {
        fx.rejects("eval.p = { from = 0, to = 1, count = 10, scale = log }\n")
                .hasMessageContaining("eval.p.from: 0 is not > 0, which scale = log needs");
    }

    @Test
    void rangeWithUnknownScale() {
        fx.rejects("eval.p = { from = 0.001, to = 1, count = 10, scale = cubic }\n")
                .hasMessageContaining("eval.p.scale: \"cubic\" is not linear or log");
    }

    @Test
    void rangeMissingTo() {
        fx.rejects("sweep.grid.p-train = { from = 0.001, count = 10 }\n")
                .hasMessageContaining("sweep.grid.p-train: {\"count\":10,\"from\":0.001} is not a range: to is missing");
    }

    @Test
    void rangeLeavingTheAllowedInterval() {
        fx.rejects("sweep.grid.p-train = { from = 0.5, to = 1.5, count = 3 }\n")
                .hasMessageContaining("sweep.grid.p-train: range value 1.5 is not in (0, 1]");
    }

    @Test
    void fractionalRank() {
        fx.rejects("sweep.grid.rank = [10, 2.5]\n").hasMessageContaining("sweep.grid.rank: 2.5 is not an integer ≥ 1");
    }
}
