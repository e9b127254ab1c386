package org.ccsweep.jobs.tables;

import static org.ccsweep.jobs.tables.Records.record;

import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.ccsweep.model.task.cc.analysis.Alignment;
import org.ccsweep.model.task.cc.analysis.EntryCorrelation;
import org.ccsweep.model.task.cc.analysis.RunAnalyses;

/** The rows of the analysis tables for one run's {@link RunAnalyses}, by the schemas of {@link Table}. */
final class AnalysisRecords {
    private AnalysisRecords() {
    }

    static void add(String runId, RunAnalyses a, Map<Table, List<GenericRecord>> rows) {
        rows.get(Table.ANALYSES).add(record(Table.ANALYSES, "run_id", runId, "sigma_abs", a.sigmaAbs(),
                "effective_rank", a.effectiveRank(), "target_effective_rank", a.targetEffectiveRank()));
        double[] t = a.response().t();
        double[][] output = a.response().output();
        for (int i = 0; i < output.length; i++) {
            for (int q = 0; q < t.length; q++) {
                rows.get(Table.RESPONSES).add(record(Table.RESPONSES, "run_id", runId, "feature", i, "t", t[q],
                        "output", output[i][q], "label", a.responseLabels()[i][q]));
            }
        }
        grid(runId, Table.WEIGHT_BARS, "feature", "neuron", a.weightBars(), rows);
        alignment(runId, a.alignment(), rows);
        entries(runId, a.entries(), output.length, rows);
        for (int sign : new int[] {1, -1}) {
            double[][] map = sign > 0 ? a.interference().positive() : a.interference().negative();
            for (int i = 0; i < map.length; i++) {
                for (int j = 0; j < map[i].length; j++) {
                    rows.get(Table.INTERFERENCE).add(record(Table.INTERFERENCE, "run_id", runId, "sign", sign,
                            "input", i, "output", j, "value", map[i][j]));
                }
            }
        }
    }

    private static void grid(String runId, Table table, String rowName, String colName, double[][] values,
            Map<Table, List<GenericRecord>> rows) {
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < values[i].length; k++) {
                rows.get(table).add(record(table, "run_id", runId, rowName, i, colName, k, "value", values[i][k]));
            }
        }
    }

    private static void alignment(String runId, Alignment a, Map<Table, List<GenericRecord>> rows) {
        for (int i = 0; i < a.eigenvalues().length; i++) {
            rows.get(Table.ALIGNMENT).add(record(Table.ALIGNMENT, "run_id", runId, "basis", "eigen", "idx", i,
                    "value", a.eigenvalues()[i], "cosine", a.cosEigen()[i]));
        }
        for (int i = 0; i < a.singularValues().length; i++) {
            rows.get(Table.ALIGNMENT).add(record(Table.ALIGNMENT, "run_id", runId, "basis", "singular", "idx", i,
                    "value", a.singularValues()[i], "cosine", a.cosSingular()[i]));
        }
        projections(runId, "eigen", a.eigenOnIn(), a.eigenOnOut(), rows);
        projections(runId, "left_singular", a.leftOnIn(), a.leftOnOut(), rows);
        projections(runId, "right_singular", a.rightOnIn(), a.rightOnOut(), rows);
    }

    private static void projections(String runId, String basis, double[][] in, double[][] out,
            Map<Table, List<GenericRecord>> rows) {
        for (String side : new String[] {"in", "out"}) {
            double[][] values = side.equals("in") ? in : out;
            for (int i = 0; i < values.length; i++) {
                for (int k = 0; k < values[i].length; k++) {
                    rows.get(Table.PROJECTIONS).add(record(Table.PROJECTIONS, "run_id", runId, "basis", basis,
                            "side", side, "idx", i, "neuron", k, "value", values[i][k]));
                }
            }
        }
    }

    /**
     * The pairs in {@link EntryCorrelation}'s order: the diagonal by l, the off-diagonal row-major over
     * (l, j) with l ≠ j.
     */
    private static void entries(String runId, EntryCorrelation c, int n, Map<Table, List<GenericRecord>> rows) {
        int q = 0;
        for (int l = 0; l < n; l++) {
            for (int j = 0; j < n; j++) {
                boolean diagonal = l == j;
                EntryCorrelation.Fit fit = diagonal ? c.diagonal() : c.offDiagonal();
                int at = diagonal ? l : q++;
                rows.get(Table.ENTRIES).add(record(Table.ENTRIES, "run_id", runId, "row", l, "col", j,
                        "diagonal", diagonal, "product", fit.product()[at], "mixing", fit.mixing()[at]));
            }
        }
        for (EntryCorrelation.Fit fit : List.of(c.diagonal(), c.offDiagonal())) {
            rows.get(Table.ENTRY_FITS).add(record(Table.ENTRY_FITS, "run_id", runId, "diagonal", fit == c.diagonal(),
                    "slope", finite(fit.slope()), "intercept", Double.isNaN(fit.slope()) ? null : fit.intercept(),
                    "r", finite(fit.correlation())));
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
