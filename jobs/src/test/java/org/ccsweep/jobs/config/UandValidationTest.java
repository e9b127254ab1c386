package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.uand.Operation;
import org.ccsweep.model.task.uand.UandKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The uand task's keys and its recipe are read and checked like CC's: each bad value is named with its file
 * and line, the key and what is allowed, in one line, before anything is written.
 */
class UandValidationTest {
    private static final String TASK = "sweep.task = uand\n";
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void theRecipeAndTheKeysAreRead() {
        SweepSpec spec = fx.load(TASK + "sweep.grid { \"uand.operation\" = [and, xor] }\nuand.pairs = 100\n");
        assertThat(spec.runs()).hasSize(6);
        assertThat(spec.axis(UandKeys.OPERATION)).containsExactly(Operation.AND, Operation.XOR);
        assertThat(spec.runs()).allSatisfy(run -> {
            assertThat(run.nFeatures()).isEqualTo(40);
            assertThat(run.dMlp()).isEqualTo(32);
            assertThat(run.pTrain()).isEqualTo(0.05);
            assertThat(run.weightDecay()).isZero();
            assertThat(run.get(UandKeys.PAIRS)).isEqualTo(100);
            assertThat(run.has(UandKeys.CONNECT_P)).isFalse();
        });
        assertThat(fx.load(TASK + "model.n-features = 20\n").runs().get(0).get(Keys.N_FEATURES)).isEqualTo(20);
    }

    @Test
    void moreRandomPairsThanPairs() {
        fx.rejects(TASK + "uand.pairs = 781\n").hasMessage(fx.conf + ":2: uand.pairs: 781 is not ≤ C(m, 2) = 780, the pairs"
                + " of model.n-features = 40");
        fx.rejects(TASK + "sweep.grid { \"uand.pairs\" = [100, 800] }\n").hasMessageContaining(
                ":2: sweep.grid.\"uand.pairs\": 800 is not ≤ C(m, 2) = 780");
        fx.rejects(TASK + "uand.pairs = -3\n").hasMessage(fx.conf + ":2: uand.pairs: -3 is not an integer ≥ 0");
    }

    @Test
    void anEmbeddingNarrowerThanWhatItHolds() {
        fx.rejects(TASK + "uand.d-embed = 50\n").hasMessageContaining(":2: uand.d-embed: 50 is not < model.n-features (40)");
        fx.rejects(TASK + "uand.d-embed = 40\n").hasMessageContaining("uand.d-embed: 40 is not < model.n-features (40)");
        fx.rejects(TASK + "uand.d-out = 780\n").hasMessageContaining(
                ":2: uand.d-out: 780 is not < the number of outputs m' = 780");
        fx.rejects(TASK + "uand.pairs = 30\nuand.d-out = 30\n").hasMessageContaining(
                ":3: uand.d-out: 30 is not < the number of outputs m' = 30");
    }

    @Test
    void valuesOutsideTheirKinds() {
        fx.rejects(TASK + "uand.operation = nand\n").hasMessage(fx.conf + ":2: uand.operation: \"nand\" is not one of and, xor");
        fx.rejects(TASK + "uand.first-layer = random\n").hasMessageContaining(
                "uand.first-layer: \"random\" is not one of trained, gaussian, construction");
        fx.rejects(TASK + "uand.connect-p = 0\n").hasMessageContaining("uand.connect-p: 0 is not in (0, 1]");
        fx.rejects(TASK + "uand.ridge.penalty = 0\n").hasMessageContaining("uand.ridge.penalty: 0 is not a number > 0");
        fx.rejects(TASK + "uand.eval-samples = 0\n").hasMessageContaining("uand.eval-samples: 0 is not an integer ≥ 1");
        fx.rejects(TASK + "uand.balanced = maybe\n").hasMessageContaining("uand.balanced: \"maybe\" is not true or false");
        fx.rejects(TASK + "uand.bisect.target = 0\n").hasMessageContaining("uand.bisect.target: 0 is not a number > 0");
        fx.rejects(TASK + "uand.bisect.tolerance = 1\n").hasMessageContaining("uand.bisect.tolerance: 1 is not in [0, 1)");
        fx.rejects(TASK + "model.n-features = 1\n").hasMessageContaining(":2: model.n-features: 1 is not ≥ 2");
    }

    /** An embedded sweep's runs must fit its heap: the ridge sums of d = 8000 need 8 · 821 · 8000² bytes = 391.6 GiB. */
    @Test
    void aRunTooLargeForTheHeapIsRefusedBeforeItStarts() throws IOException {
        Path conf = Files.writeString(fx.dir.resolve("big.conf"), TASK + "model.d-mlp = 8000\n");
        assertThatThrownBy(() -> SweepSpecs.loadEmbedded(conf,
                List.of("sweep.output=\"" + fx.output + "\""), 4L << 30))
                .isInstanceOf(SweepConfigException.class)
                .hasMessageStartingWith(conf + ":2: model.d-mlp: 8000 needs about 391.6 GB per run")
                .hasMessageContaining("+ 8·(m + 1 + m')·d² bytes at B = train.batch, d = model.d-mlp");
        assertThat(fx.output).doesNotExist();
    }

    @Test
    void balancingNeedsBothClasses() {
        fx.rejects(TASK + "sweep.grid.p-train = [0.5, 1]\n").hasMessageContaining(
                ":2: sweep.grid.p-train: 1.0 conflicts with the default uand.balanced = true")
                .hasMessageContaining("true needs sweep.grid.p-train < 1");
        assertThat(fx.load(TASK + "sweep.grid.p-train = [1]\nuand.balanced = false\n").runs()).hasSize(3);
    }

    @Test
    void aBisectionEmbedsAtTheWidthProbed() {
        fx.rejects(TASK + "uand { bisect.enabled = true, d-embed = 8 }\n").hasMessageContaining(
                "uand.d-embed: 8 is not 0: with uand.bisect.enabled = true the inputs and outputs are in superposition");
    }

    /** The scaling study's sweeps: one bisection per pair count and seed. */
    @Test
    void scalingSweepsAreCheckedToo() {
        String scaling = TASK + "uand.bisect.enabled = true\n";
        SweepSpec spec = fx.load(scaling + "sweep.grid { \"uand.pairs\" = [50, 100, 200] }\n");
        assertThat(spec.runs()).hasSize(9).allSatisfy(run -> assertThat(run.get(UandKeys.BISECT_TARGET)).isEqualTo(0.3));
        fx.rejects(scaling + "sweep.grid { \"uand.pairs\" = [50, 781] }\n").hasMessageContaining(
                ":3: sweep.grid.\"uand.pairs\": 781 is not ≤ C(m, 2) = 780");
        fx.rejects(scaling + "sweep.grid { \"uand.pairs\" = [50, 50] }\n").hasMessageContaining("lists 50 twice");
        fx.rejects(scaling + "sweep.grid { \"uand.pairs\" = [] }\n").hasMessageContaining("is empty");
        fx.rejects(scaling + "uand.d-out = 16\n").hasMessageContaining(
                ":3: uand.d-out: 16 is not 0: with uand.bisect.enabled = true");
        fx.rejects(scaling + "uand.bisect.target = -0.1\n").hasMessageContaining(
                ":3: uand.bisect.target: -0.1 is not a number > 0");
        fx.rejects(scaling + "uand.bisect.target = high\n").hasMessageContaining("uand.bisect.target: \"high\" is not");
        fx.rejects(scaling + "uand.bisect.tolerance = -0.5\n").hasMessageContaining(
                "uand.bisect.tolerance: -0.5 is not in [0, 1)");
        fx.rejects(scaling + "uand.bisect.enabled = yes\n").hasMessageContaining(
                "uand.bisect.enabled: \"yes\" is not true or false");
        fx.rejects(scaling + "uand.bisect.targets = 0.2\n").hasMessageContaining(
                "uand.bisect.targets: unknown key (set to 0.2); known here: enabled, target, tolerance");
        fx.rejects(scaling + "model.d-mlp = 0\n").hasMessageContaining("model.d-mlp: 0 is not an integer ≥ 1");
        fx.rejects(scaling + "model.d-mlp = 20000\n").hasMessageContaining(
                "model.d-mlp: 20000 makes a network of 800020000 parameters");
        fx.rejects(scaling + "sweep.grid { \"uand.bisect.target\" = [0.3, 0] }\n").hasMessageContaining(
                "sweep.grid.\"uand.bisect.target\": 0 is not a number > 0");
    }

    @Test
    void keysOfAnotherTaskAreNamedAsSuch() {
        fx.rejects(TASK + "sweep.grid.mixing = [clean]\n").hasMessage(fx.conf + ":2: sweep.grid.mixing: [\"clean\"] is set,"
                + " but sweep.grid.mixing is a key of the cc task, and this sweep's sweep.task is uand");
        fx.rejects(TASK + "model.d-embed = 100\n").hasMessageContaining(
                ":2: model.d-embed: 100 is set, but model.d-embed is a key of another task than this sweep's sweep.task");
        fx.rejects("uand.operation = xor\n").hasMessageContaining(
                ":1: uand.operation: \"xor\" is set, but uand.operation is a key of another task than this sweep's"
                        + " sweep.task, cc");
        fx.rejects(TASK + "baselines.kinds = [naive]\n").hasMessageContaining(
                ":2: baselines.kinds: [\"naive\"] is set, but the baselines are the cc task's constructed models, and"
                        + " this sweep's sweep.task is uand");
        fx.rejects(TASK + "uand.operaton = and\n").hasMessageContaining(
                ":2: uand.operaton: unknown key (set to \"and\"); known here: balanced, bisect, connect-p");
    }
}
