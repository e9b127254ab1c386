package org.ccsweep.jobs.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValueValidationTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void pTrainAboveOne() {
        fx.rejects("sweep.name = fig2\n\nsweep.grid.p-train = [0.1, 1.5]\n")
                .hasMessage(fx.conf + ":3: sweep.grid.p-train: 1.5 is not in (0, 1]");
    }

    @Test
    void unknownBackend() {
        fx.rejects("engine.backend = gpu\n")
                .hasMessageContaining(":1: engine.backend: \"gpu\" is not one of auto, cpu, cuda, cuda-reference");
    }

    @Test
    void gpuGroupSizeOutOfRange() {
        fx.rejects("sweep.name = x\nengine.gpu-group-size = 5000\n")
                .hasMessage(fx.conf + ":2: engine.gpu-group-size: 5000 is not an integer in [1, 4096]");
        fx.rejects("engine.gpu-group-size = 0\n").hasMessageContaining("engine.gpu-group-size: 0 is not an integer in [1, 4096]");
    }

    @Test
    void stepsAsAString() {
        fx.rejects("train.steps = many\n").hasMessageContaining("train.steps: \"many\" is not an integer ≥ 1");
    }

    @Test
    void stepsZero() {
        fx.rejects("train.steps = 0\n").hasMessageContaining(":1: train.steps: 0 is not an integer ≥ 1");
    }

    @Test
    void fractionalBatch() {
        fx.rejects("train.batch = 20.5\n").hasMessageContaining("train.batch: 20.5 is not an integer ≥ 1");
    }

    @Test
    void negativeSigma() {
        fx.rejects("sweep.grid.sigma = [0.02, -0.01]\n").hasMessageContaining("sweep.grid.sigma: -0.01 is not a number ≥ 0");
    }

    @Test
    void unknownMixingKind() {
        fx.rejects("sweep.grid.mixing = [clean, diagonal]\n")
                .hasMessageContaining("sweep.grid.mixing: \"diagonal\" is not one of clean, asymmetric, symmetric, embedding, low-rank");
    }

    @Test
    void unknownInputMode() {
        fx.rejects("sweep.grid.input-mode = one-hot\n")
                .hasMessageContaining("sweep.grid.input-mode: \"one-hot\" is not one of bernoulli, exactly-one");
    }

    @Test
    void learnSigmaNotABoolean() {
        fx.rejects("sweep.grid.learn-sigma = [maybe]\n").hasMessageContaining("sweep.grid.learn-sigma: \"maybe\" is not true or false");
    }

    @Test
    void beta2OfOne() {
        fx.rejects("train.beta2 = 1\n").hasMessageContaining("train.beta2: 1 is not in [0, 1)");
    }

    @Test
    void nonPositiveLearningRate() {
        fx.rejects("train.lr = 0\n").hasMessageContaining("train.lr: 0 is not a number > 0");
    }

    @Test
    void evalPAboveOne() {
        fx.rejects("eval.p = [0.01, 2]\n").hasMessageContaining("eval.p: 2 is not in (0, 1]");
    }

    @Test
    void badSweepName() {
        fx.rejects("sweep.name = \"my sweep/1\"\n")
                .hasMessageContaining("sweep.name: \"my sweep/1\" is not a non-empty name of letters, digits");
    }

    @Test
    void negativeCores() {
        fx.rejects("engine.cores = -1\n").hasMessageContaining("engine.cores: -1 is not an integer ≥ 0");
    }

    @Test
    void fractionalMixingSeed() {
        fx.rejects("sweep.mixing-seed = 1.5\n").hasMessageContaining("sweep.mixing-seed: 1.5 is not an integer");
    }
}
