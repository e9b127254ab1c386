package org.ccsweep.jobs.figures;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * The rank study (the authors' code, nb6_mixing_matrix_rank: exactly-one inputs, learnable σ, M of rank r):
 * per rank r of a low-rank M, seed means with 95 % error bars; the full-rank asymmetric M of the same
 * sweep as squares at r = n.
 * <ul>
 *   <li>{@link Panel#LOSS}: L/p on single-feature inputs (runs.one_active_loss_per_feature), the exactly-one
 *       task the models train on and the L/p the authors plot, with the naive line of M = 0 (1/12 at n = 100, d = 50);</li>
 *   <li>{@link Panel#GAIN}: the gain over the naive model for each run's own learnt M_s
 *       (runs.naive_loss_per_feature), relative to it: (naive − trained) / naive, on single-feature inputs and
 *       at p_train with Bernoulli inputs. A learnt σ moves the naive loss with it (the M_s term the naive model
 *       leaves unpredicted, large when σ grows), so the line of M = 0 is not the reference there; relative, the gain stays
 *       on one scale whatever σ the model learnt (1: no loss at all, 0: no better than naive);</li>
 *   <li>{@link Panel#SIGMA}: the learnt |σ|.</li>
 * </ul>
 */
final class RankStudy implements Figure {
    /** Which of the three charts. */
    enum Panel { LOSS, GAIN, SIGMA }

    /** Per kind of M and rank (x; r = n for full rank), the seed statistics of one expression over the rank sweep's runs. */
    static final String BY_RANK = """
            WITH study AS (SELECT DISTINCT sweep FROM runs WHERE status = 'ok' AND low_rank_rank IS NOT NULL)
            SELECT r.mixing, CAST(coalesce(r.low_rank_rank, r.n_features) AS DOUBLE) AS x, %1$s
            FROM runs r JOIN study s ON r.sweep = s.sweep
            WHERE r.status = 'ok' AND coalesce(r.transplant_steps, 0) = 0 AND (%2$s) IS NOT NULL
            GROUP BY r.mixing, coalesce(r.low_rank_rank, r.n_features) ORDER BY r.mixing DESC, x""";

    static final String ONE_ACTIVE = "r.one_active_loss_per_feature";
    static final String GAIN_ONE_ACTIVE = "1 - r.one_active_loss_per_feature / r.naive_loss_per_feature";
    static final String GAIN_AT_P_TRAIN = "1 - r.loss_per_feature / r.naive_loss_per_feature";
    static final String SIGMA = "abs(r.final_sigma)";
    /** The naive line of the rank sweep's runs (M = 0: (n − d)/(6n) for CC). */
    static final String NAIVE = """
            SELECT avg(naive_reference_loss_per_feature) FROM runs
            WHERE status = 'ok' AND sweep IN (SELECT sweep FROM runs WHERE low_rank_rank IS NOT NULL)""";

    private final Panel panel;

    RankStudy(Panel panel) {
        this.panel = panel;
    }

    @Override
    public Section section() {
        return Section.CC;
    }

    @Override
    public String name() {
        return "rank-" + panel.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String caption() {
        String common = " against the rank r of M (low-rank M; the full-rank asymmetric M as squares at r = n), seed means "
                + "with 95 % error bars.";
        return switch (panel) {
            case LOSS -> "Rank study: L/p on single-feature inputs, the exactly-one task the models train on" + common
                    + " The dashed line is the naive model's L/p for M = 0.";
            case GAIN -> "Rank study: the gain over the naive model for each run's own learnt M_s, relative to it "
                    + "((naive − trained L/p) / naive L/p), on single-feature inputs and at p_train with Bernoulli inputs" + common;
            case SIGMA -> "Rank study: the learnt |σ|" + common;
        };
    }

    @Override
    public String needs() {
        return panel == Panel.SIGMA ? "low-rank runs"
                : "low-rank runs with one_active_loss_per_feature and naive_loss_per_feature (sweeps run since those runs columns exist)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = rows(spark, switch (panel) {
            case LOSS -> ONE_ACTIVE;
            case GAIN -> GAIN_ONE_ACTIVE;
            case SIGMA -> SIGMA;
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ErrorBarChart chart = switch (panel) {
            case LOSS -> withNaive(add(chart("L/p on single-feature inputs"), rows, "", Palette.VIOLET), spark.sql(NAIVE).first());
            case GAIN -> add(add(chart("gain over the naive model for the same M_s, relative"), rows, ": single-feature inputs",
                    Palette.VIOLET), rows(spark, GAIN_AT_P_TRAIN), ": Bernoulli inputs at p_train", Palette.ORANGE)
                    .reference(0, "no gain: the naive model for the same learnt M_s", Color.BLACK, ChartStyle.DASHED);
            case SIGMA -> add(chart("learnt |σ|"), rows, "", Palette.VIOLET);
        };
        return Optional.of(chart.build());
    }

    private static ErrorBarChart withNaive(ErrorBarChart chart, Row naive) {
        return naive.isNullAt(0) ? chart : chart.reference(naive.getDouble(0), "naive model for M = 0, L/p = "
                + Labels.number(naive.getDouble(0), 4), Color.BLACK, ChartStyle.DASHED);
    }

    private ErrorBarChart chart(String yLabel) {
        return new ErrorBarChart("Rank study: " + yLabel + " vs rank of M", ChartStyle.linear("rank r of M (full rank at r = n)", true),
                yLabel);
    }

    private static List<Row> rows(SparkSession spark, String expression) {
        return spark.sql(BY_RANK.formatted(SeedStats.of(expression), expression)).collectAsList();
    }

    /** The low-rank rows as a joined series, the others (full-rank) as squares, both in {@code color}. */
    private static ErrorBarChart add(ErrorBarChart chart, List<Row> rows, String label, Color color) {
        List<Row> lowRank = rows.stream().filter(r -> r.getAs("mixing").equals("low-rank")).toList();
        List<Row> full = rows.stream().filter(r -> !r.getAs("mixing").equals("low-rank")).toList();
        Bands.of(lowRank, r -> new Bands.Line("low-rank M" + label, color)).forEach(b -> chart.series(b, ChartStyle.LINE));
        Bands.of(full, r -> new Bands.Line("full-rank " + r.getAs("mixing") + " M" + label, color)).forEach(b -> chart.series(b, null));
        return chart;
    }
}
