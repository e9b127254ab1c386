package org.ccsweep.model.task.uand;

import static org.ccsweep.model.run.Rows.add;
import static org.ccsweep.model.run.Rows.finite;
import static org.ccsweep.model.run.Rows.row;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.TaskOutput;

/**
 * A U-AND run's result in the terms of the tables: its naive reference line in {@code runs}, and its rows of
 * {@code uand_metrics}, {@code uand_accuracy}, and for a bisection {@code uand_scaling} and
 * {@code uand_probes}, each column as the schema (jobs/src/main/resources/schemas) documents it.
 */
public record UandOutput(UandResult result) implements TaskOutput {

    /** The run's result in the terms every task shares, with this output. */
    public static RunResult of(UandResult r) {
        return new RunResult(r.run().spec(), r.finalTrainLoss(), r.trainSeconds(), r.evalSeconds(), r.curveSteps(),
                r.curveLoss(), r.profile(), new UandOutput(r));
    }

    @Override
    public Map<String, Object> columns() {
        Map<String, Object> columns = new HashMap<>();
        columns.put("naive_reference_loss_per_feature", result.naiveReference());
        return columns;
    }

    @Override
    public Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        String id = result.run().spec().id();
        for (ReadoffMetrics m : result.metrics()) {
            add(tables, "uand_metrics", row("run_id", id, "readoff", m.readoff(), "d_mlp", m.width(),
                    "samples", m.samples(), "objective", m.objective(), "mse", m.mse(), "rms_zero", finite(m.rmsZero()),
                    "rms_positive", finite(m.rmsPositive()), "mean_positive_output", finite(m.meanPositive()),
                    "zeros", m.zeros(), "positives", m.positives()));
            for (int k = 0; k < m.epsilon().length; k++) {
                accuracy(tables, id, m, "zero", k, m.withinZero()[k]);
                accuracy(tables, id, m, "positive", k, m.withinPositive()[k]);
            }
        }
        if (result.run().bisect()) {
            Probe atMin = result.probes().stream().filter(p -> result.dMin() != null && p.width() == result.dMin())
                    .findFirst().orElse(null);
            add(tables, "uand_scaling", row("run_id", id, "m_pairs", result.run().outputs(),
                    "target", result.run().target(), "d_min", result.dMin(),
                    "error_at_d_min", atMin == null ? null : atMin.error(), "probes", result.probes().size()));
            for (int i = 0; i < result.probes().size(); i++) {
                Probe p = result.probes().get(i);
                add(tables, "uand_probes", row("run_id", id, "probe", i, "d_mlp", p.width(),
                        "rms_zero", finite(p.rmsZero()), "rms_positive", finite(p.rmsPositive()),
                        "error", finite(p.error()), "reached", p.reached(), "final_train_loss", p.finalTrainLoss(),
                        "train_seconds", p.trainSeconds()));
            }
        }
        return tables;
    }

    private static void accuracy(Map<String, List<Map<String, Object>>> tables, String id, ReadoffMetrics m,
            String label, int k, double fraction) {
        add(tables, "uand_accuracy", row("run_id", id, "readoff", m.readoff(), "label", label,
                "eps_factor", Metrics.EPSILON_FACTORS[k], "epsilon", m.epsilon()[k], "fraction", finite(fraction)));
    }
}
