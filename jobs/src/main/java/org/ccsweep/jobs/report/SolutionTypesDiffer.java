package org.ccsweep.jobs.report;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;
import org.ccsweep.jobs.figures.Selections;

/** Sparse- and dense-trained models find different solutions: their profiles cross (Figures 2 to 4). */
final class SolutionTypesDiffer implements Claim {
    static final String ROWS = """
            WITH f AS (%s), e AS (SELECT min(p_train) AS sp, max(p_train) AS dp, min(x) AS se, max(x) AS de FROM f)
            SELECT f.p_train = e.sp AS sparse, f.x = e.se AS at_sparse, f.p_train, f.x, f.mean, f.ci95_low, f.ci95_high, f.n
            FROM f CROSS JOIN e WHERE f.p_train IN (e.sp, e.dp) AND f.x IN (e.se, e.de)""".formatted(Selections.PROFILES_BY_P_TRAIN);

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String statement() {
        return "Sparse- and dense-trained models find different solution types.";
    }

    @Override
    public String paper() {
        return "Models trained at small p learn the compressed-computation solution (best at sparse p_eval, worse "
                + "at dense), models trained at p = 1 a dense solution (the reverse); the profiles cross (Figure 2; "
                + "Figures 3 and 4 show the two mechanisms).";
    }

    @Override
    public String rule() {
        return "yes when the sparsest-trained model's interval lies below the densest-trained one's at the lowest p_eval, "
                + "and above it at the highest p_eval";
    }

    @Override
    public String needs() {
        return "asymmetric-M models trained at 2 or more p_train, profiled over p_eval (conf/paper/fig2.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        List<Row> rows = spark.sql(ROWS).collectAsList();
        if (rows.size() != 4) {
            return Optional.empty();
        }
        Interval sparseLow = pick(rows, true, true);
        Interval denseLow = pick(rows, false, true);
        Interval sparseHigh = pick(rows, true, false);
        Interval denseHigh = pick(rows, false, false);
        double sp = rows.stream().filter(r -> r.<Boolean>getAs("sparse")).findFirst().orElseThrow().getAs("p_train");
        double dp = rows.stream().filter(r -> !r.<Boolean>getAs("sparse")).findFirst().orElseThrow().getAs("p_train");
        double se = rows.stream().filter(r -> r.<Boolean>getAs("at_sparse")).findFirst().orElseThrow().getAs("x");
        double de = rows.stream().filter(r -> !r.<Boolean>getAs("at_sparse")).findFirst().orElseThrow().getAs("x");
        return Optional.of(new Verdict()
                .apart("at p_eval = " + se + " the sparse-trained model", sparseLow, "the dense-trained one", denseLow)
                .apart("at p_eval = " + de + " the dense-trained model", denseHigh, "the sparse-trained one", sparseHigh)
                .finding("at p_eval = " + se + ": trained at p = " + sp + " " + sparseLow + ", at p = " + dp + " " + denseLow
                        + "; at p_eval = " + de + ": " + sparseHigh + " vs " + denseHigh));
    }

    private static Interval pick(List<Row> rows, boolean sparse, boolean atSparse) {
        return Interval.of(rows.stream().filter(r -> r.<Boolean>getAs("sparse") == sparse && r.<Boolean>getAs("at_sparse") == atSparse)
                .findFirst().orElseThrow());
    }
}
