package org.ccsweep.jobs.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/**
 * Turns run and baseline outcomes into the rows of every table, by the schemas of {@link Table}, without
 * knowing any task: a run's {@code runs} row holds the column of every key its spec holds
 * ({@link Key#column()}), the results every task has, and its task's own columns; its task's rows of
 * other tables come from its output by table name.
 */
public final class Records {
    private Records() {
    }

    public static Map<Table, List<GenericRecord>> of(String sweep, List<RunOutcome> outcomes,
            List<BaselineOutcome> baselines) {
        Map<Table, List<GenericRecord>> rows = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            rows.put(table, new ArrayList<>());
        }
        for (RunOutcome outcome : outcomes) {
            rows.get(Table.RUNS).add(run(sweep, outcome));
            if (outcome.ok()) {
                RunResult r = outcome.result();
                String id = outcome.spec().id();
                LossProfile profile = r.profile();
                for (int i = 0; i < profile.size(); i++) {
                    rows.get(Table.PROFILES).add(record(Table.PROFILES, "run_id", id, "p_eval", profile.pEval()[i],
                            "loss", profile.loss()[i], "loss_per_feature", profile.lossPerFeature()[i],
                            "stderr", profile.stderr()[i]));
                }
                for (int i = 0; i < r.curveSteps().length; i++) {
                    rows.get(Table.CURVES).add(record(Table.CURVES, "run_id", id, "step", r.curveSteps()[i],
                            "loss", r.curveLoss()[i]));
                }
                r.output().rows().forEach((name, taskRows) -> {
                    Table table = Table.named(name);
                    for (Map<String, Object> row : taskRows) {
                        rows.get(table).add(record(table, row));
                    }
                });
            }
        }
        for (BaselineOutcome baseline : baselines) {
            BaselineRecords.add(sweep, baseline, rows);
        }
        return rows;
    }

    private static GenericRecord run(String sweep, RunOutcome outcome) {
        RunSpec s = outcome.spec();
        RunResult r = outcome.result();
        GenericRecord row = record(Table.RUNS, "run_id", s.id(), "point_id", GridPoint.id(s), "sweep", sweep,
                "status", outcome.ok() ? "ok" : "failed", "error", outcome.error(), "error_trace", outcome.errorTrace(),
                "spec", s.canonical(), "backend", outcome.placement().backend(),
                "blas_threads", outcome.placement().blasThreads(), "task_cpus", outcome.placement().taskCpus());
        for (Map.Entry<Key<?>, Object> value : s.values().entrySet()) {
            if (value.getKey().column() != null) {
                row.put(value.getKey().column(), value.getValue() instanceof Enum<?> e ? Key.spell(e) : value.getValue());
            }
        }
        if (r != null) {
            row.put("final_train_loss", r.finalTrainLoss());
            row.put("loss_per_feature", r.lossPerFeatureAtPTrain());
            row.put("train_seconds", r.trainSeconds());
            row.put("eval_seconds", r.evalSeconds());
            r.output().columns().forEach(row::put);
        }
        return row;
    }

    static GenericRecord record(Table table, Object... namesAndValues) {
        GenericRecord record = new GenericData.Record(table.schema());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            put(record, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }

    private static GenericRecord record(Table table, Map<String, Object> row) {
        GenericRecord record = new GenericData.Record(table.schema());
        row.forEach((name, value) -> put(record, name, value));
        return record;
    }

    /** Sets a column, arrays as Avro lists; a column the schema lacks is a programming error, named. */
    private static void put(GenericRecord record, String name, Object value) {
        Schema.Field field = record.getSchema().getField(name);
        if (field == null) {
            throw new IllegalArgumentException("table " + record.getSchema().getName() + " has no column " + name);
        }
        record.put(field.pos(), value instanceof float[] floats ? floats(floats)
                : value instanceof double[] doubles ? doubles(doubles) : value);
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>(values.length);
        for (float v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<Double> doubles(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
