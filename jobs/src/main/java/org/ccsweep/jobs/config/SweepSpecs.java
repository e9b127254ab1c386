package org.ccsweep.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccsweep.model.eval.EvalPrecision;
import org.ccsweep.model.task.cc.baselines.BaselineKind;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.task.cc.net.ModelKind;

/**
 * Reads and validates a sweep. Every key is read eagerly and checked (type, range, kind), then the
 * cross-field rules, then the output path; the first problem is thrown as a {@link SweepConfigException}.
 * Nothing is written and nothing is started here.
 */
public final class SweepSpecs {
    private SweepSpecs() {
    }

    /** Loads {@code file} over reference.conf with {@code sets} ({@code key=value}) on top, and validates it. */
    public static SweepSpec load(Path file, List<String> sets) {
        return from(ConfigLoader.load(file, sets));
    }

    /** Validates a resolved config that has reference.conf as its fallback. */
    public static SweepSpec from(Config config) {
        Fields f = new Fields(config);
        String name = f.string("sweep.name", "a non-empty name of letters, digits, '.', '_' or '-'",
                s -> s.matches("[A-Za-z0-9._-]+"));
        String output = f.string("sweep.output", "a non-empty path", s -> !s.isBlank());
        List<Long> seeds = f.list("sweep.seeds", v -> Fields.longInteger("sweep.seeds", v, Allowed.anyInteger()));
        requireDistinct(f, "sweep.seeds", seeds);
        OptionalLong mixingSeed = f.isNull("sweep.mixing-seed") ? OptionalLong.empty()
                : OptionalLong.of(f.longInteger("sweep.mixing-seed", Allowed.anyInteger()));

        SweepSpec.Grid grid = new SweepSpec.Grid(
                f.list("sweep.grid.model", v -> kind("sweep.grid.model", v, ModelKind.values())),
                f.list("sweep.grid.mixing", v -> kind("sweep.grid.mixing", v, MixingKind.values())),
                NumericAxis.read(f, "sweep.grid.sigma", Allowed.atLeast(0)),
                NumericAxis.read(f, "sweep.grid.p-train", Allowed.openClosed(0, 1)),
                f.list("sweep.grid.learn-sigma", v -> Fields.bool("sweep.grid.learn-sigma", v)),
                f.list("sweep.grid.input-mode", v -> kind("sweep.grid.input-mode", v, InputMode.values())),
                NumericAxis.read(f, "sweep.grid.rank", Allowed.integerAtLeast(1)).stream()
                        .map(r -> Fields.toInt("sweep.grid.rank", f.value("sweep.grid.rank"), r)).toList());
        for (String axis : List.of("sweep.grid.model", "sweep.grid.mixing", "sweep.grid.sigma", "sweep.grid.p-train",
                "sweep.grid.learn-sigma", "sweep.grid.input-mode", "sweep.grid.rank")) {
            requireDistinct(f, axis, axisValues(grid, axis));
        }

        SweepSpec.Model model = new SweepSpec.Model(
                f.integer("model.n-features", Allowed.integerAtLeast(1)),
                f.integer("model.d-mlp", Allowed.integerAtLeast(1)),
                f.integer("model.d-embed", Allowed.integerAtLeast(1)),
                f.bool("model.low-rank.orthonormal"),
                f.bool("model.low-rank.tied"),
                f.bool("model.low-rank.zero-diagonal"),
                f.bool("model.low-rank.symmetrise"));
        SweepSpec.Train train = new SweepSpec.Train(
                f.integer("train.steps", Allowed.integerAtLeast(1)),
                f.bool("train.scale-steps"),
                f.integer("train.batch", Allowed.integerAtLeast(1)),
                f.number("train.lr", Allowed.above(0)),
                f.number("train.beta1", Allowed.closedOpen(0, 1)),
                f.number("train.beta2", Allowed.closedOpen(0, 1)),
                f.number("train.eps", Allowed.above(0)),
                f.number("train.weight-decay", Allowed.atLeast(0)),
                f.integer("train.curve-points", Allowed.integerAtLeast(1)),
                f.integer("train.transplant-steps", Allowed.integerAtLeast(0)));
        SweepSpec.Eval eval = new SweepSpec.Eval(
                NumericAxis.read(f, "eval.p", Allowed.openClosed(0, 1)),
                evalPrecision(f));
        SweepSpec.Analysis analysis = new SweepSpec.Analysis(f.bool("analysis.enabled"));
        SweepSpec.Baselines baselines = Baselines.read(f);
        SweepSpec.Engine engine = new SweepSpec.Engine(
                f.integer("engine.cores", Allowed.integerAtLeast(0)),
                f.integer("engine.chunk-size", Allowed.integerAtLeast(1)),
                f.integer("engine.lockstep", Allowed.integerAtLeast(1)),
                kind("engine.backend", f.value("engine.backend"), Backend.values()));

        crossCheck(f, grid, model, train);
        ModelKinds.check(f, grid, train);
        URI outputPath = OutputCheck.check(f, "sweep.output", output);
        return new SweepSpec(name, outputPath, seeds, mixingSeed, grid, model, train, eval, analysis, baselines, engine);
    }

    private static EvalPrecision evalPrecision(Fields f) {
        double targetRelativeSe = f.number("eval.target-rel-se", Allowed.openOpen(0, 1));
        int pilotPerK = f.integer("eval.pilot-per-k", Allowed.integerAtLeast(2));
        long maxSamples = f.longInteger("eval.max-samples", Allowed.integerAtLeast(2));
        if (maxSamples < pilotPerK) {
            throw f.error("eval.max-samples", maxSamples + " is not ≥ eval.pilot-per-k (" + pilotPerK + ")");
        }
        return new EvalPrecision(targetRelativeSe, pilotPerK, maxSamples);
    }

    private static void crossCheck(Fields f, SweepSpec.Grid grid, SweepSpec.Model model, SweepSpec.Train train) {
        if (model.dMlp() > model.nFeatures()) {
            throw f.error("model.d-mlp", model.dMlp() + " is not ≤ model.n-features (" + model.nFeatures() + ")");
        }
        if (grid.mixing().contains(MixingKind.LOW_RANK)) {
            for (int rank : grid.rank()) {
                if (rank > model.nFeatures()) {
                    throw f.error("sweep.grid.rank", rank + " is not ≤ model.n-features (" + model.nFeatures()
                            + "), which the low-rank kind needs");
                }
            }
        }
        if (train.curvePoints() > train.steps()) {
            throw f.error("train.curve-points", train.curvePoints() + " is not ≤ train.steps (" + train.steps() + ")");
        }
        if (train.scaleSteps() && grid.inputMode().contains(InputMode.BERNOULLI)) {
            for (double p : grid.pTrain()) {
                long steps = StepScaling.scaledSteps(train.steps(), p, model.nFeatures());
                if (steps > Integer.MAX_VALUE) {
                    throw f.error("train.scale-steps", "true gives " + steps + " steps at sweep.grid.p-train = " + p
                            + ", more than " + Integer.MAX_VALUE + "; raise p-train or turn scaling off");
                }
            }
        }
    }

    private static List<?> axisValues(SweepSpec.Grid grid, String axis) {
        return switch (axis) {
            case "sweep.grid.model" -> grid.model();
            case "sweep.grid.mixing" -> grid.mixing();
            case "sweep.grid.sigma" -> grid.sigma();
            case "sweep.grid.p-train" -> grid.pTrain();
            case "sweep.grid.learn-sigma" -> grid.learnSigma();
            case "sweep.grid.input-mode" -> grid.inputMode();
            default -> grid.rank();
        };
    }

    static void requireDistinct(Fields f, String key, List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (!seen.add(v)) {
                throw f.error(key, Fields.render(f.value(key)) + " lists " + display(v) + " twice; values must be distinct");
            }
        }
    }

    /** An enum value written in lower case with '-' for '_' ({@code low-rank} for {@code LOW_RANK}). */
    static <E extends Enum<E>> E kind(String key, ConfigValue value, E[] kinds) {
        Function<E, String> spell = SweepSpecs::display;
        if (value.valueType() == ConfigValueType.STRING) {
            for (E kind : kinds) {
                if (spell.apply(kind).equals(value.unwrapped())) {
                    return kind;
                }
            }
        }
        throw Fields.error(key, value, Fields.render(value) + " is not one of "
                + Arrays.stream(kinds).map(spell).collect(Collectors.joining(", ")));
    }

    /** How a value is spelled in config files and tables: enums as {@code low-rank}, others as themselves. */
    public static String display(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT).replace('_', '-') : String.valueOf(value);
    }
}
