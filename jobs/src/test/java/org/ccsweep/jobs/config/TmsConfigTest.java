package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.tms.TmsKeys;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tms sweep reads the notebook's recipe (recipes/tms.conf) as its defaults, takes its own keys as axes, and rejects
 * malformed input before anything is written, with one line naming where, the key, the value and what is allowed.
 */
class TmsConfigTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void theRecipeIsTheDefault() {
        SweepSpec sweep = fx.load("sweep { task = tms, seeds = [3] }\n");
        RunSpec run = sweep.runs().get(0);
        assertThat(run.task()).isEqualTo("tms");
        assertThat(run.nFeatures()).isEqualTo(5);
        assertThat(run.dMlp()).isEqualTo(2);
        assertThat(run.lr()).isEqualTo(1e-3);
        assertThat(run.schedule()).isEqualTo(Schedule.CONSTANT);
        assertThat(run.batch()).isEqualTo(1024);
        assertThat(run.steps()).isEqualTo(10_000);
        assertThat(run.weightDecay()).isEqualTo(1e-2);
        assertThat(run.get(TmsKeys.IMPORTANCE_DECAY)).isEqualTo(1.0);
        assertThat(run.get(TmsKeys.DENSITY_DECAY)).isEqualTo(1.0);
        assertThat(run.evalP()).hasSize(9).startsWith(0.01).endsWith(1.0);
        assertThat(run.get(Keys.EVAL_TARGET_REL_SE)).isEqualTo(0.005);
        assertThat(run.mixingSeed()).isEqualTo(3L);
        assertThat(sweep.engine().lockstep()).isEqualTo(20);
        assertThat(fx.load("sweep.name = cc\n").runs().get(0).nFeatures()).as("cc keeps the paper's n").isEqualTo(100);
    }

    @Test
    void itsKeysAreAxesAndTheSweepFileOverridesTheRecipe() {
        SweepSpec sweep = fx.load("""
                sweep { task = tms, seeds = [0, 1], grid { p-train = [1, 0.1], "tms.importance-decay" = [0.5, 2] } }
                model { n-features = 2, d-mlp = 1 }
                train.steps = 500
                """);
        assertThat(sweep.runs()).hasSize(8);
        assertThat(sweep.runs()).extracting(r -> r.get(TmsKeys.IMPORTANCE_DECAY)).containsExactly(0.5, 0.5, 2.0, 2.0, 0.5,
                0.5, 2.0, 2.0);
        assertThat(sweep.runs()).allSatisfy(r -> assertThat(r.steps()).isEqualTo(500));
        assertThat(sweep.runs()).allSatisfy(r -> assertThat(r.nFeatures()).isEqualTo(2));
    }

    @Test
    void importanceDecayMustBePositive() {
        fx.rejects("sweep.task = tms\ntms.importance-decay = 0\n")
                .hasMessage(fx.conf + ":2: tms.importance-decay: 0 is not a number > 0");
        fx.rejects("sweep.task = tms\ntms.importance-decay = -0.5\n")
                .hasMessage(fx.conf + ":2: tms.importance-decay: -0.5 is not a number > 0");
    }

    @Test
    void importanceDecayMustBeANumber() {
        fx.rejects("sweep.task = tms\ntms.importance-decay = fast\n")
                .hasMessage(fx.conf + ":2: tms.importance-decay: \"fast\" is not a number > 0");
    }

    @Test
    void densityDecayMustBeAProbabilityRatio() {
        fx.rejects("sweep.task = tms\ntms.density-decay = 0\n")
                .hasMessage(fx.conf + ":2: tms.density-decay: 0 is not in (0, 1]");
        fx.rejects("sweep.task = tms\nsweep.grid { \"tms.density-decay\" = [1, 1.5] }\n")
                .hasMessage(fx.conf + ":2: sweep.grid.\"tms.density-decay\": 1.5 is not in (0, 1]");
    }

    @Test
    void anAxisListsEachValueOnce() {
        fx.rejects("sweep.task = tms\nsweep.grid { \"tms.importance-decay\" = [0.9, 0.9] }\n")
                .hasMessageContaining(":2: sweep.grid.\"tms.importance-decay\": [0.9,0.9] lists 0.9 twice");
    }

    @Test
    void aTypoInTheTmsBlockIsNamed() {
        fx.rejects("sweep.task = tms\ntms.importance = 0.9\n")
                .hasMessage(fx.conf + ":2: tms.importance: unknown key (set to 0.9); known here: density-decay, importance-decay");
        fx.rejects("sweep.task = tms\ntms.density-decay = [0.5]\n")
                .hasMessage(fx.conf + ":2: tms.density-decay: [0.5] is not in (0, 1]");
    }

    @Test
    void hiddenWidthAtMostTheFeatures() {
        fx.rejects("sweep.task = tms\nmodel.d-mlp = 6\n")
                .hasMessage(fx.conf + ":2: model.d-mlp: 6 is not ≤ model.n-features (5)");
    }

    @Test
    void importancesAndProbabilitiesMustStayNormalFloats() {
        fx.rejects("sweep.task = tms\nmodel { n-features = 200, d-mlp = 20 }\ntms.importance-decay = 10\n")
                .hasMessageContaining(":3: tms.importance-decay: 10 gives feature 199 the importance 1.0E199")
                .hasMessageContaining("float32");
        fx.rejects("sweep.task = tms\nmodel { n-features = 200, d-mlp = 20 }\ntms.density-decay = 0.01\n")
                .hasMessageContaining(":3: tms.density-decay: 0.01 gives feature 199 the probability")
                .hasMessageContaining("below float32's normal range");
    }

    @Test
    void anotherTasksKeysAreErrors() {
        fx.rejects("sweep.task = tms\nsweep.grid.sigma = [0.1]\n")
                .hasMessage(fx.conf + ":2: sweep.grid.sigma: [0.1] is set, but sweep.grid.sigma is a key of the cc task, and"
                        + " this sweep's sweep.task is tms");
        fx.rejects("sweep.task = tms\nmodel.d-embed = 10\n")
                .hasMessage(fx.conf + ":2: model.d-embed: 10 is set, but model.d-embed is a key of another task than this"
                        + " sweep's sweep.task, tms");
        fx.rejects("tms.importance-decay = 0.9\n")
                .hasMessage(fx.conf + ":1: tms.importance-decay: 0.9 is set, but tms.importance-decay is a key of another"
                        + " task than this sweep's sweep.task, cc");
    }

    @Test
    void baselinesAndPinnedSeedsAreTheCcTasks() {
        fx.rejects("sweep.task = tms\nbaselines.kinds = [naive]\n")
                .hasMessage(fx.conf + ":2: baselines.kinds: [\"naive\"] is set, but the baselines are the cc task's"
                        + " constructed models, and this sweep's sweep.task is tms");
        fx.rejects("sweep { task = tms, seeds = [0, 1], mixing-seed = 7 }\n")
                .hasMessageContaining(":1: sweep.mixing-seed: 7 is not null: the tms task has no fixed random structure to pin");
    }
}
