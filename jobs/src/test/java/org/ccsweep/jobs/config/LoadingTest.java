package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingTest {
    @TempDir
    java.nio.file.Path tmp;
    ConfigFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ConfigFixture(tmp);
    }

    @Test
    void anEmptyFileGivesThePapersRecipe() {
        SweepSpec spec = fx.load("");
        assertThat(spec.model()).isEqualTo(new SweepSpec.Model(100, 50, 1000, false, false, false, false));
        assertThat(spec.train()).isEqualTo(new SweepSpec.Train(10000, false, 2048, 3e-3, 0.9, 0.999, 1e-8, 1e-2, 200, 0));
        assertThat(spec.grid().model()).containsExactly(ModelKind.SIMPLIFIED);
        assertThat(spec.analysis().enabled()).isFalse();
        assertThat(spec.baselines().kinds()).isEmpty();
        assertThat(spec.baselines().offsets()).hasSize(21).startsWith(0.0).endsWith(0.2);
        assertThat(spec.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(spec.grid().mixing()).containsExactly(MixingKind.ASYMMETRIC);
        assertThat(spec.grid().sigma()).containsExactly(0.02);
        assertThat(spec.grid().pTrain()).containsExactly(0.01);
        assertThat(spec.eval().p()).hasSize(100).startsWith(1e-3).endsWith(1.0);
        assertThat(spec.mixingSeed()).isEmpty();
    }

    @Test
    void setOverridesTheFileAndLaterSetsWin() {
        SweepSpec spec = fx.load("train.steps = 500\nsweep.grid.mixing = [clean]\n",
                "train.steps=700", "sweep.grid.mixing=[symmetric, clean]", "train.steps=900");
        assertThat(spec.train().steps()).isEqualTo(900);
        assertThat(spec.grid().mixing()).containsExactly(MixingKind.SYMMETRIC, MixingKind.CLEAN);
    }

    @Test
    void aSingleNumberIsAnAxisOfOne() {
        assertThat(fx.load("sweep.grid.sigma = 0.05\n").grid().sigma()).containsExactly(0.05);
    }

    @Test
    void largeSeedsKeepEveryDigit() {
        assertThat(fx.load("sweep.seeds = [9007199254740993]\n").seeds()).containsExactly(9007199254740993L);
    }

    @Test
    void outputDefaultsToResultsSlashName() {
        SweepSpec spec = SweepSpecs.load(write("sweep.name = fig5\n"), List.of());
        assertThat(spec.output()).hasToString("file:" + java.nio.file.Path.of("results/fig5").toAbsolutePath());
    }

    @Test
    void syntaxErrorNamesTheFileAndLine() {
        fx.rejects("train {\n  steps = 50\n  batch = ]\n}\n").hasMessageStartingWith(fx.conf + ": 3: ");
    }

    @Test
    void setWithoutEqualsIsRejected() {
        fx.rejects("", "train.steps").hasMessage("--set: \"train.steps\" is not key=value");
    }

    @Test
    void missingFileIsRejected() {
        assertThatThrownBy(() -> SweepSpecs.load(tmp.resolve("nope.conf"), List.of()))
                .isInstanceOf(SweepConfigException.class).hasMessageEndingWith("nope.conf: no such config file");
    }

    private java.nio.file.Path write(String text) {
        try {
            return java.nio.file.Files.writeString(tmp.resolve("named.conf"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
