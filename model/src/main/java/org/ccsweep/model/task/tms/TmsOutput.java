package org.ccsweep.model.task.tms;

import static org.ccsweep.model.run.Rows.row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.TaskOutput;

/**
 * A TMS run's result in the terms of the tables: its columns of {@code runs} (the naive reference line at p_train,
 * D*) and its rows of {@code tms_features} (one per feature) and {@code tms_weights}, each column as its schema
 * (jobs/src/main/resources/schemas) documents it.
 */
public record TmsOutput(TmsResult result) implements TaskOutput {

    /** The run's result in the terms every task shares, with this output. */
    public static RunResult of(TmsResult r) {
        return new RunResult(r.run().spec(), r.finalTrainLoss(), r.trainSeconds(), r.evalSeconds(), r.curveSteps(),
                r.curveLoss(), r.profile(), new TmsOutput(r));
    }

    @Override
    public Map<String, Object> columns() {
        TmsRun run = result.run();
        Map<String, Object> columns = new HashMap<>();
        columns.put("naive_reference_loss_per_feature", TmsNaive.lossPerFeature(run.importance(),
                run.probabilities(run.pTrain()), run.m(), run.pTrain()));
        columns.put("dimensions_per_feature", result.geometry().dimensionsPerFeature());
        return columns;
    }

    @Override
    public Map<String, List<Map<String, Object>>> rows() {
        TmsRun run = result.run();
        String id = run.spec().id();
        double[] importance = run.importance();
        double[] probabilities = run.probabilities(run.pTrain());
        TmsGeometry g = result.geometry();
        List<Map<String, Object>> features = new ArrayList<>();
        for (int i = 0; i < run.n(); i++) {
            double d = g.dimensionality()[i];
            features.add(row("run_id", id, "feature", i, "importance", importance[i], "p", probabilities[i],
                    "norm", g.norms()[i], "bias", (double) result.b()[i], "dimensionality", Double.isNaN(d) ? null : d));
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("tms_features", features);
        tables.put("tms_weights", List.of(row("run_id", id, "n_features", run.n(), "d_hidden", run.m(), "w",
                result.w(), "b", result.b())));
        return tables;
    }
}
