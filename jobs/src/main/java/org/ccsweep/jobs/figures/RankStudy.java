package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * The rank study: per rank r of a low-rank M, over seeds, L/p at p_train (runs.loss_per_feature) or the
 * learnt |σ| (runs.final_sigma); the full-rank asymmetric M of the same sweep as a marker at r = n.
 */
final class RankStudy implements Figure {
    static final String BY_RANK = """
            WITH study AS (SELECT DISTINCT sweep FROM runs WHERE status = 'ok' AND low_rank_rank IS NOT NULL)
            SELECT r.mixing, CAST(coalesce(r.low_rank_rank, r.n_features) AS DOUBLE) AS x, %s
            FROM runs r JOIN study s ON r.sweep = s.sweep
            WHERE r.status = 'ok' AND coalesce(r.transplant_steps, 0) = 0
            GROUP BY r.mixing, coalesce(r.low_rank_rank, r.n_features) ORDER BY r.mixing DESC, x""";

    private final boolean sigma;

    /** Learnt |σ| against rank if {@code sigma}, else L/p. */
    RankStudy(boolean sigma) {
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return sigma ? "rank-sigma" : "rank-loss";
    }

    @Override
    public String caption() {
        return "Rank study: " + (sigma ? "the learnt |σ|" : "L/p at p_train") + " against the rank r of M (low-rank M, seed mean, "
                + "95 % band); the full-rank asymmetric M at r = n.";
    }

    @Override
    public String needs() {
        return "low-rank runs (mixing = low-rank)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(BY_RANK.formatted(SeedStats.of(sigma ? "abs(r.final_sigma)" : "r.loss_per_feature")))
                .collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String what = sigma ? "learnt |σ|" : "L/p at p_train";
        BandChart chart = new BandChart("Rank study: " + what + " vs rank of M", ChartStyle.linear("rank r of M", true), what);
        List<Row> lowRank = rows.stream().filter(r -> r.getAs("mixing").equals("low-rank")).toList();
        List<Row> full = rows.stream().filter(r -> !r.getAs("mixing").equals("low-rank")).toList();
        Bands.of(lowRank, r -> new Bands.Line("low-rank M", Palette.VIOLET)).forEach(chart::band);
        if (!full.isEmpty()) {
            chart.points(new Points("full-rank " + full.get(0).getAs("mixing") + " M (r = n)", Palette.GREEN,
                    full.stream().mapToDouble(r -> r.<Double>getAs("x")).toArray(),
                    full.stream().mapToDouble(r -> r.<Double>getAs("mean")).toArray(), false));
        }
        if (!sigma) {
            chart.naive(Naive.LOSS_PER_FEATURE, Naive.LABEL);
        }
        return Optional.of(chart.build());
    }
}
