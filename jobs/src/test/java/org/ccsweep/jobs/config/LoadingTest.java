package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.CcRun;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoadingTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void anEmptyFileGivesThePapersRecipe() {
        SweepSpec spec = fx.load("");
        assertThat(spec.task().name()).isEqualTo("cc");
        assertThat(spec.runs()).hasSize(3);
        CcRun first = CcRun.of(spec.runs().get(0));
        // The paper's recipe (science.md sections 1-6).
        assertThat(List.of(first.nFeatures(), first.dMlp(), first.dEmbed(), first.steps(), first.batch(), first.curvePoints(),
                first.transplantSteps())).containsExactly(100, 50, 1000, 10_000, 2048, 200, 0);
        assertThat(List.of(first.lr(), first.beta1(), first.beta2(), first.eps(), first.weightDecay(), first.sigma(),
                first.pTrain())).containsExactly(3e-3, 0.9, 0.999, 1e-8, 1e-2, 0.02, 0.01);
        assertThat(List.<Object>of(first.schedule(), first.inputMode(), first.mixing(), first.model(), first.learnSigma(),
                first.analysis())).containsExactly(Schedule.COSINE, InputMode.BERNOULLI, MixingKind.ASYMMETRIC,
                ModelKind.SIMPLIFIED, false, false);
        assertThat(first.evalPrecision()).isEqualTo(new EvalPrecision(0.002, 200, 5_000_000));
        assertThat(first.seed()).isEqualTo(first.mixingSeed()).isZero();
        assertThat(spec.axis(CcKeys.MODEL)).containsExactly(ModelKind.SIMPLIFIED);
        assertThat(spec.baselines().kinds()).isEmpty();
        assertThat(spec.baselines().offsets()).hasSize(21).startsWith(0.0).endsWith(0.2);
        assertThat(spec.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(spec.axis(CcKeys.MIXING)).containsExactly(MixingKind.ASYMMETRIC);
        assertThat(spec.axis(CcKeys.SIGMA)).containsExactly(0.02);
        assertThat(spec.axis(Keys.P_TRAIN)).containsExactly(0.01);
        assertThat(spec.evalP()).hasSize(100).startsWith(1e-3).endsWith(1.0);
        assertThat(spec.mixingSeed()).isEmpty();
    }

    @Test
    void setOverridesTheFileAndLaterSetsWin() {
        SweepSpec spec = fx.load("train.steps = 500\nsweep.grid.mixing = [clean]\n",
                "train.steps=700", "sweep.grid.mixing=[symmetric, clean]", "train.steps=900");
        assertThat(spec.runs().get(0).steps()).isEqualTo(900);
        assertThat(spec.axis(CcKeys.MIXING)).containsExactly(MixingKind.SYMMETRIC, MixingKind.CLEAN);
    }

    @Test
    void aSingleNumberIsAnAxisOfOne() {
        assertThat(fx.load("sweep.grid.sigma = 0.05\n").axis(CcKeys.SIGMA)).containsExactly(0.05);
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
        assertThatThrownBy(() -> SweepSpecs.load(fx.dir.resolve("nope.conf"), List.of()))
                .isInstanceOf(SweepConfigException.class).hasMessageEndingWith("nope.conf: no such config file");
    }

    private java.nio.file.Path write(String text) {
        try {
            return java.nio.file.Files.writeString(fx.dir.resolve("named.conf"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
