package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.net.ModelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keys of the paper's studies: model kind, transplant, analyses and baselines; each bad value named. */
class PaperKeysValidationTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void theKeysAreRead() {
        SweepSpec spec = fx.load("""
                sweep.grid { model = [simplified, residual], mixing = [embedding] }
                analysis.enabled = true
                baselines { kinds = [naive, semi-nmf, naive-offset], offset-scan.p = [1, 0.1] }
                """);
        assertThat(spec.axis(CcKeys.MODEL)).containsExactly(ModelKind.SIMPLIFIED, ModelKind.RESIDUAL);
        assertThat(spec.runs()).allSatisfy(run -> assertThat(run.get(CcKeys.ANALYSIS)).isTrue());
        assertThat(spec.baselines().kinds()).containsExactly(BaselineKind.NAIVE, BaselineKind.SEMI_NMF,
                BaselineKind.NAIVE_OFFSET);
        assertThat(spec.baselines().offsetP()).containsExactly(0.1, 1.0);
        assertThat(fx.load("train.transplant-steps = 500\n").runs().get(0).get(CcKeys.TRANSPLANT_STEPS)).isEqualTo(500);
    }

    @Test
    void unknownModel() {
        fx.rejects("sweep.grid.model = [simplified, braun]\n")
                .hasMessage(fx.conf + ":1: sweep.grid.model: \"braun\" is not one of simplified, residual");
    }

    @Test
    void residualNeedsTheEmbeddingKindOnly() {
        fx.rejects("sweep.grid { model = [residual], mixing = [embedding, asymmetric] }\n")
                .hasMessageContaining(":1: sweep.grid.mixing: asymmetric is not embedding, the only kind the residual model allows")
                .hasMessageContaining("sweep.grid.model includes residual");
    }

    @Test
    void residualHasNoScaleToLearnAndNoTransplant() {
        fx.rejects("sweep.grid { model = [residual], mixing = [embedding], learn-sigma = [false, true] }\n")
                .hasMessageContaining("sweep.grid.learn-sigma: true is not allowed: the residual model has no scale to learn");
        fx.rejects("sweep.grid { model = [residual], mixing = [embedding] }\ntrain.transplant-steps = 100\n")
                .hasMessageContaining(":2: train.transplant-steps: 100 is not 0: only the simplified model can be transplanted");
    }

    @Test
    void negativeTransplant() {
        fx.rejects("train.transplant-steps = -1\n").hasMessageContaining("train.transplant-steps: -1 is not an integer ≥ 0");
    }

    @Test
    void analysisFlagIsABoolean() {
        fx.rejects("analysis.enabled = sometimes\n").hasMessageContaining("analysis.enabled: \"sometimes\" is not true or false");
        fx.rejects("analysis.enable = true\n").hasMessageContaining("analysis.enable: unknown key (set to true); known here: enabled");
    }

    @Test
    void unknownOrRepeatedBaseline() {
        fx.rejects("baselines.kinds = [naive, pca]\n")
                .hasMessageContaining("baselines.kinds: \"pca\" is not one of naive, naive-offset, svd, semi-nmf");
        fx.rejects("baselines.kinds = [svd, svd]\n").hasMessageContaining("baselines.kinds: [\"svd\",\"svd\"] lists svd twice");
        fx.rejects("baselines.kinds = svd\n").hasMessageContaining("baselines.kinds: \"svd\" is not a list of naive");
    }

    @Test
    void baselineOnlyNeedsABaseline() {
        fx.rejects("baselines.only = true\n")
                .hasMessageContaining("baselines.only: true needs at least one baseline in baselines.kinds, which is []");
    }

    @Test
    void offsetsMustAscendAndBeAtLeastThree() {
        fx.rejects("baselines.offset-scan.offsets = [0, 0.1]\n")
                .hasMessageContaining("baselines.offset-scan.offsets: [0,0.1] has 2 values; the search needs at least 3");
        fx.rejects("baselines.offset-scan.offsets = [0, 0.2, 0.1]\n")
                .hasMessageContaining("baselines.offset-scan.offsets: [0,0.2,0.1] is not ascending: 0.1 follows 0.2");
        fx.rejects("baselines.offset-scan.p = [0, 1]\n")
                .hasMessageContaining("baselines.offset-scan.p: 0 is not in (0, 1]");
        fx.rejects("baselines.offset-scan.samples-per-k = 1\n")
                .hasMessageContaining("baselines.offset-scan.samples-per-k: 1 is not an integer ≥ 2");
    }
}
