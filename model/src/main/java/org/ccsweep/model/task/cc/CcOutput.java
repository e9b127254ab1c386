package org.ccsweep.model.task.cc;

import static org.ccsweep.model.run.Rows.add;
import static org.ccsweep.model.run.Rows.finite;
import static org.ccsweep.model.run.Rows.row;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.eval.Estimate;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.TaskOutput;
import org.ccsweep.model.task.cc.analysis.Alignment;
import org.ccsweep.model.task.cc.analysis.EntryCorrelation;
import org.ccsweep.model.task.cc.analysis.RunAnalyses;
import org.ccsweep.model.task.cc.baselines.NaiveModel;

/**
 * A CC run's result in the terms of the tables: its columns of {@code runs} and its rows of
 * {@code weights}, {@code transplants} and the analysis tables ({@code analyses}, {@code responses},
 * {@code weight_bars}, {@code alignment}, {@code projections}, {@code entries}, {@code entry_fits},
 * {@code interference}), each column as the schema (jobs/src/main/resources/schemas) documents it.
 */
public record CcOutput(CcResult result) implements TaskOutput {

    /** The run's result in the terms every task shares, with this output. */
    public static RunResult of(CcResult r) {
        return new RunResult(r.spec().spec(), r.finalTrainLoss(), r.trainSeconds(), r.evalSeconds(), r.curveSteps(),
                r.curveLoss(), r.profile(), new CcOutput(r));
    }

    @Override
    public Map<String, Object> columns() {
        CcResult r = result;
        Map<String, Object> columns = new HashMap<>();
        columns.put("final_sigma", r.finalSigma());
        columns.put("one_active_loss_per_feature", r.oneActiveLossPerFeature());
        columns.put("naive_loss_per_feature", r.naiveLossPerFeature());
        columns.put("naive_reference_loss_per_feature",
                NaiveModel.analyticLossPerFeature(r.spec().nFeatures(), r.spec().dMlp()));
        return columns;
    }

    @Override
    public Map<String, List<Map<String, Object>>> rows() {
        CcResult r = result;
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        String id = r.spec().id();
        add(tables, "weights", row("run_id", id, "n_features", r.spec().nFeatures(), "d_mlp", r.spec().dMlp(),
                "w_in", r.wIn(), "w_out", r.wOut(), "mixing", r.mixing()));
        if (r.transplant() != null) {
            transplant(id, r, tables);
        }
        if (r.analyses() != null) {
            analyses(id, r.analyses(), tables);
        }
        return tables;
    }

    private static void transplant(String id, CcResult r, Map<String, List<Map<String, Object>>> tables) {
        int switchStep = r.spec().steps();
        TransplantLosses t = r.transplant();
        transplantPoint(tables, id, "noisy_end", switchStep, t.noisyEnd());
        transplantPoint(tables, id, "clean_start", switchStep, t.cleanStart());
        transplantPoint(tables, id, "clean_end", switchStep + r.spec().transplantSteps(), t.cleanEnd());
    }

    private static void transplantPoint(Map<String, List<Map<String, Object>>> tables, String id, String point,
            int step, Estimate loss) {
        add(tables, "transplants", row("run_id", id, "point", point, "step", step, "loss_per_feature", loss.mean(),
                "stderr", loss.stderr()));
    }

    private static void analyses(String id, RunAnalyses a, Map<String, List<Map<String, Object>>> tables) {
        add(tables, "analyses", row("run_id", id, "sigma_abs", a.sigmaAbs(), "effective_rank", a.effectiveRank(),
                "target_effective_rank", a.targetEffectiveRank()));
        double[] t = a.response().t();
        double[][] output = a.response().output();
        for (int i = 0; i < output.length; i++) {
            for (int q = 0; q < t.length; q++) {
                add(tables, "responses", row("run_id", id, "feature", i, "t", t[q], "output", output[i][q],
                        "label", a.responseLabels()[i][q]));
            }
        }
        double[][] bars = a.weightBars();
        for (int i = 0; i < bars.length; i++) {
            for (int k = 0; k < bars[i].length; k++) {
                add(tables, "weight_bars", row("run_id", id, "feature", i, "neuron", k, "value", bars[i][k]));
            }
        }
        alignment(id, a.alignment(), tables);
        entries(id, a.entries(), output.length, tables);
        for (int sign : new int[] {1, -1}) {
            double[][] map = sign > 0 ? a.interference().positive() : a.interference().negative();
            for (int i = 0; i < map.length; i++) {
                for (int j = 0; j < map[i].length; j++) {
                    add(tables, "interference", row("run_id", id, "sign", sign, "input", i, "output", j,
                            "value", map[i][j]));
                }
            }
        }
    }

    private static void alignment(String id, Alignment a, Map<String, List<Map<String, Object>>> tables) {
        for (int i = 0; i < a.eigenvalues().length; i++) {
            add(tables, "alignment", row("run_id", id, "basis", "eigen", "idx", i, "value", a.eigenvalues()[i],
                    "cosine", a.cosEigen()[i]));
        }
        for (int i = 0; i < a.singularValues().length; i++) {
            add(tables, "alignment", row("run_id", id, "basis", "singular", "idx", i, "value", a.singularValues()[i],
                    "cosine", a.cosSingular()[i]));
        }
        projections(id, "eigen", a.eigenOnIn(), a.eigenOnOut(), tables);
        projections(id, "left_singular", a.leftOnIn(), a.leftOnOut(), tables);
        projections(id, "right_singular", a.rightOnIn(), a.rightOnOut(), tables);
    }

    private static void projections(String id, String basis, double[][] in, double[][] out,
            Map<String, List<Map<String, Object>>> tables) {
        for (String side : new String[] {"in", "out"}) {
            double[][] values = side.equals("in") ? in : out;
            for (int i = 0; i < values.length; i++) {
                for (int k = 0; k < values[i].length; k++) {
                    add(tables, "projections", row("run_id", id, "basis", basis, "side", side, "idx", i,
                            "neuron", k, "value", values[i][k]));
                }
            }
        }
    }

    /**
     * The pairs in {@link EntryCorrelation}'s order: the diagonal by l, the off-diagonal row-major over
     * (l, j) with l ≠ j.
     */
    private static void entries(String id, EntryCorrelation c, int n, Map<String, List<Map<String, Object>>> tables) {
        int q = 0;
        for (int l = 0; l < n; l++) {
            for (int j = 0; j < n; j++) {
                boolean diagonal = l == j;
                EntryCorrelation.Fit fit = diagonal ? c.diagonal() : c.offDiagonal();
                int at = diagonal ? l : q++;
                add(tables, "entries", row("run_id", id, "row", l, "col", j, "diagonal", diagonal,
                        "product", fit.product()[at], "mixing", fit.mixing()[at]));
            }
        }
        for (EntryCorrelation.Fit fit : List.of(c.diagonal(), c.offDiagonal())) {
            add(tables, "entry_fits", row("run_id", id, "diagonal", fit == c.diagonal(), "slope", finite(fit.slope()),
                    "intercept", Double.isNaN(fit.slope()) ? null : fit.intercept(), "r", finite(fit.correlation())));
        }
    }
}
