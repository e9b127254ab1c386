package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.Selections;

/** A model trained on noisy labels loses its advantage once it continues on clean labels (Figure 6). */
final class TransplantJumpsBack implements Claim {
    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String statement() {
        return "The transplanted model's loss jumps back up.";
    }

    @Override
    public String paper() {
        return "Fine-tuning the M ≠ 0 model on the clean task, the loss jumps back up as soon as the labels switch "
                + "(Figure 6): the CC solution is not what the clean task's optimiser missed.";
    }

    @Override
    public String rule() {
        return "yes when L/p at p_train right after the switch (clean_start) and after the clean phase (clean_end) "
                + "both have intervals above the noisy phase's end (noisy_end)";
    }

    @Override
    public String needs() {
        return "transplanted runs (conf/paper/fig6.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(Selections.TRANSPLANT_POINTS).collectAsList();
        Optional<Interval> noisy = point(rows, "noisy_end");
        Optional<Interval> start = point(rows, "clean_start");
        Optional<Interval> end = point(rows, "clean_end");
        if (noisy.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict()
                .apart("the noisy phase's end", noisy.get(), "right after the switch", start.get())
                .apart("the noisy phase's end", noisy.get(), "the clean phase's end", end.get())
                .finding(rows.get(0).getAs("mixing") + " M: L/p at the end of the noisy phase " + noisy.get()
                        + ", right after the switch " + start.get() + ", at the end of the clean phase " + end.get()));
    }

    /** The first transplanted point's value at {@code point}. */
    private static Optional<Interval> point(List<Row> rows, String point) {
        Object first = rows.isEmpty() ? null : rows.get(0).getAs("point_id");
        return rows.stream().filter(r -> r.getAs("point_id").equals(first) && r.getAs("point").equals(point))
                .map(Interval::of).findFirst();
    }
}
