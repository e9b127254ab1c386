package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcKeys;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Any scalar key of model, train and eval is a grid axis when named by its quoted full path. */
class AnyKeyAxisTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void fullPathAxesExpandAfterTheGridKeysSortedByPathWithSeedsInnermost() {
        SweepSpec spec = fx.load("""
                sweep { seeds = [0, 1], grid { mixing = [symmetric], "train.lr" = [0.001, 0.01], "model.d-mlp" = [10, 25] } }
                """);
        assertThat(spec.axes()).extracting(Axis::name).containsExactly("sweep.grid.model", "sweep.grid.mixing",
                "sweep.grid.input-mode", "sweep.grid.learn-sigma", "sweep.grid.p-train", "sweep.grid.sigma", "sweep.grid.rank",
                "sweep.grid.\"model.d-mlp\"", "sweep.grid.\"train.lr\"");
        assertThat(spec.runs()).extracting(r -> r.dMlp() + "/" + r.lr() + "/" + r.seed()).containsExactly(
                "10/0.001/0", "10/0.001/1", "10/0.01/0", "10/0.01/1", "25/0.001/0", "25/0.001/1", "25/0.01/0", "25/0.01/1");
        assertThat(spec.runs()).extracting(RunSpec::id).doesNotHaveDuplicates();
    }

    @Test
    void rangesChoicesAndBooleansAreAxesAsTheKeyAllows() {
        SweepSpec spec = fx.load("""
                sweep { seeds = [0], grid { "train.lr" = { from = 1e-3, to = 1e-2, count = 3, scale = log },
                  "train.schedule" = [cosine, constant], "train.scale-steps" = [false, true] } }
                """);
        assertThat(spec.axis(Keys.LR)).hasSize(3).startsWith(1e-3).endsWith(1e-2);
        assertThat(spec.axis(Keys.SCHEDULE)).containsExactly(Schedule.COSINE, Schedule.CONSTANT);
        assertThat(spec.runs()).hasSize(12);
        assertThat(spec.runs()).extracting(RunSpec::steps).contains(10_000, 15_774);
    }

    @Test
    void aSetAxisWorksFromTheCommandLine() {
        SweepSpec spec = fx.load("sweep.seeds = [0]\n", "sweep.grid.\"train.lr\"=[0.001, 0.003]");
        assertThat(spec.axis(Keys.LR)).containsExactly(0.001, 0.003);
        assertThat(spec.runs()).extracting(RunSpec::lr).containsExactly(0.001, 0.003);
    }

    @Test
    void anAxisOfOneValueIsTheKeysValue() {
        assertThat(fx.load("sweep.grid { \"model.d-embed\" = 500 }\n").runs())
                .allSatisfy(r -> assertThat(r.get(CcKeys.D_EMBED)).isEqualTo(500));
    }

    // Malformed axes, each rejected before anything is written, naming the axis as written, the value and what is allowed.

    @Test
    void unknownKey() {
        fx.rejects("sweep.grid { \"model.d-mlpp\" = [10, 20] }\n")
                .hasMessageContaining(":1: sweep.grid.\"model.d-mlpp\": unknown key (set to [10,20]); the axes this task allows")
                .hasMessageContaining("model.d-embed, model.d-mlp, ");
    }

    @Test
    void anObjectIsNoScalar() {
        fx.rejects("sweep.grid { \"model.low-rank\" = [1, 2] }\n").hasMessageContaining("sweep.grid.\"model.low-rank\": unknown key");
    }

    @Test
    void theEvaluationGridItselfIsNoAxis() {
        fx.rejects("sweep.grid { \"eval.p\" = [0.01, 0.1] }\n")
                .hasMessageContaining("sweep.grid.\"eval.p\": eval.p cannot be an axis: it is a list itself, not a scalar");
    }

    @Test
    void aGridKeyIsNamedByItsShortName() {
        fx.rejects("sweep.grid { \"sweep.grid.sigma\" = [0.01] }\n")
                .hasMessageContaining("sweep.grid.sigma cannot be an axis: it is a grid key already, set it as sweep.grid.sigma");
    }

    @Test
    void sweepAndEngineKeysAreNoAxes() {
        fx.rejects("sweep.grid { \"sweep.mixing-seed\" = [1, 2] }\n")
                .hasMessageContaining("sweep.mixing-seed cannot be an axis: only scalar keys of model.*, train.*, eval.*, cc.* can");
        fx.rejects("sweep.grid { \"analysis.enabled\" = [true, false] }\n")
                .hasMessageContaining("analysis.enabled cannot be an axis");
        fx.rejects("sweep.grid { \"engine.cores\" = [1, 2] }\n").hasMessageContaining("sweep.grid.\"engine.cores\": unknown key");
    }

    @Test
    void valueOutsideTheKeysRule() {
        fx.rejects("sweep.grid {\n  \"train.lr\" = [0.001, -0.1]\n}\n")
                .hasMessage(fx.conf + ":2: sweep.grid.\"train.lr\": -0.1 is not a number > 0");
        fx.rejects("sweep.grid { \"model.d-mlp\" = [10, 2.5] }\n")
                .hasMessageContaining("sweep.grid.\"model.d-mlp\": 2.5 is not an integer ≥ 1");
        fx.rejects("sweep.grid { \"train.beta2\" = { from = 0.9, to = 1, count = 3 } }\n")
                .hasMessageContaining("sweep.grid.\"train.beta2\": range value 1 is not in [0, 1)");
    }

    @Test
    void wrongKindOfValue() {
        fx.rejects("sweep.grid { \"train.schedule\" = [cosine, linear] }\n")
                .hasMessageContaining("sweep.grid.\"train.schedule\": \"linear\" is not one of cosine, constant");
        fx.rejects("sweep.grid { \"train.scale-steps\" = [yes] }\n")
                .hasMessageContaining("sweep.grid.\"train.scale-steps\": \"yes\" is not true or false");
    }

    @Test
    void duplicateAndEmptyAxes() {
        fx.rejects("sweep.grid { \"model.d-mlp\" = [10, 25, 10] }\n")
                .hasMessageContaining("sweep.grid.\"model.d-mlp\": [10,25,10] lists 10 twice; values must be distinct");
        fx.rejects("sweep.grid { \"model.d-mlp\" = [] }\n").hasMessageContaining("sweep.grid.\"model.d-mlp\": [] is empty");
    }

    @Test
    void aCombinationAnotherKeysRuleForbids() {
        fx.rejects("sweep.grid {\n  \"model.d-mlp\" = [50, 200]\n}\n")
                .hasMessage(fx.conf + ":2: sweep.grid.\"model.d-mlp\": 200 is not ≤ model.n-features (100)");
        fx.rejects("model.d-mlp = 75\nsweep.grid { \"model.n-features\" = [100, 50] }\n")
                .hasMessage(fx.conf + ":1: model.d-mlp: 75 is not ≤ model.n-features (50)");
        fx.rejects("sweep.grid { \"train.steps\" = [1000, 100] }\ntrain.curve-points = 200\n")
                .hasMessageContaining("train.curve-points: 200 is not ≤ train.steps (100)");
    }

    @Test
    void anAxisAndADirectSettingOfOneKey() {
        fx.rejects("model.d-mlp = 30\nsweep.grid { \"model.d-mlp\" = [10, 20] }\n")
                .hasMessageContaining("sweep.grid.\"model.d-mlp\": is an axis, and model.d-mlp is set too (" + fx.conf
                        + ":1); remove one of them");
    }

    @Test
    void anUnquotedPathSaysToQuoteIt() {
        fx.rejects("sweep.grid.train.lr = [0.001, 0.01]\n")
                .hasMessageContaining("sweep.grid.train: unknown key")
                .hasMessageContaining("to make train.lr an axis, quote its path: sweep.grid { \"train.lr\" = [...] }");
        fx.rejects("sweep.grid.model.d-mlp = [10]\n")
                .hasMessageContaining("to make model.d-mlp an axis, quote its path");
    }

    @Test
    void aHugeRangeOrGridIsRefusedBeforeItIsBuilt() {
        fx.rejects("sweep.grid { \"train.lr\" = { from = 1e-4, to = 1e-2, count = 1000000000 } }\n")
                .hasMessageContaining("sweep.grid.\"train.lr\".count: 1000000000 is not an integer in [1, 100000]");
        fx.rejects("sweep.grid { sigma = { from = 0, to = 1, count = 1000 }, \"train.lr\" = { from = 1e-4, to = 1e-2, count = 1000 } }\n")
                .hasMessageContaining("sweep.grid: the grid and sweep.seeds make more than 1000000 runs (1000 sweep.grid.sigma × "
                        + "1000 sweep.grid.\"train.lr\" × 3 seeds); split the sweep");
    }

    @Test
    void aUserSettingThatConflictsWithADefaultIsTheOneBlamed() {
        fx.rejects("", "train.steps=100")
                .hasMessageStartingWith("--set: train.steps: 100 conflicts with the default train.curve-points = 200 (reference.conf:")
                .hasMessageEndingWith("): 200 is not ≤ train.steps (100); set train.curve-points too");
    }

    @Test
    void keysOfAnotherTaskAreRefused() {
        String other = "sweep.task = " + org.ccsweep.jobs.testing.FaultTask.NAME + "\n";
        fx.rejects(other + "sweep.grid.sigma = [0.01, 0.02]\n").hasMessageContaining(
                "sweep.grid.sigma: [0.01,0.02] is set, but sweep.grid.sigma is a key of the cc task, and this sweep's "
                        + "sweep.task is fault-test");
        fx.rejects(other + "model.d-embed = 500\n").hasMessageContaining(
                "model.d-embed: 500 is set, but model.d-embed is a key of another task than this sweep's sweep.task, fault-test");
        fx.rejects(other + "baselines.kinds = [naive]\n").hasMessageContaining(
                "baselines.kinds: [\"naive\"] is set, but the baselines are the cc task's constructed models");
        fx.rejects("sweep.task = nonesuch\n").hasMessageContaining("sweep.task: \"nonesuch\" is not one of cc, fault-test, tms");
    }

    @Test
    void keysOfTheCcTaskAreAxesToo() {
        List<Object> embed = fx.load("sweep.grid { mixing = [embedding], \"model.d-embed\" = [200, 1000] }\n")
                .axis(CcKeys.D_EMBED);
        assertThat(embed).containsExactly(200, 1000);
    }
}
