package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.ccsweep.model.task.cc.CcKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrossFieldValidationTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void moreNeuronsThanFeatures() {
        fx.rejects("model { n-features = 40\n d-mlp = 50 }\n")
                .hasMessageContaining(":2: model.d-mlp: 50 is not ≤ model.n-features (40)");
    }

    @Test
    void lowRankRankAboveFeatures() {
        fx.rejects("sweep.grid { mixing = [low-rank]\n rank = [10, 120] }\n")
                .hasMessageContaining("sweep.grid.rank: 120 is not ≤ model.n-features (100), which the low-rank kind needs");
    }

    @Test
    void rankAboveFeaturesIsIgnoredWithoutTheLowRankKind() {
        assertThat(fx.load("sweep.grid.rank = [120]\n").axis(CcKeys.RANK)).containsExactly(120);
    }

    @Test
    void moreCurvePointsThanSteps() {
        fx.rejects("train { steps = 50, curve-points = 200 }\n")
                .hasMessageContaining("train.curve-points: 200 is not ≤ train.steps (50)");
    }

    @Test
    void stepScalingBeyondAnInt() {
        fx.rejects("train.scale-steps = true\nsweep.grid.p-train = [1e-9]\n")
                .hasMessageContaining("train.scale-steps: true gives")
                .hasMessageContaining("at sweep.grid.p-train = 1.0E-9");
    }

    @Test
    void outputIsAFile() throws Exception {
        Files.writeString(fx.dir.resolve("taken"), "x");
        fx.rejects("", "sweep.output=\"" + fx.dir.resolve("taken") + "\"")
                .hasMessageStartingWith("--set: sweep.output: \"" + fx.dir.resolve("taken") + "\" is not a writable directory")
                .hasMessageEndingWith("is a file");
    }

    @Test
    void outputUnderAFile() throws Exception {
        Files.writeString(fx.dir.resolve("taken"), "x");
        fx.rejects("", "sweep.output=\"" + fx.dir.resolve("taken/sub") + "\"")
                .hasMessageStartingWith("--set: sweep.output: \"" + fx.dir.resolve("taken/sub") + "\" is not a writable directory");
    }
}
