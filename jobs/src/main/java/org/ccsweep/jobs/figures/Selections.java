package org.ccsweep.jobs.figures;

/**
 * The rows a figure draws and the report's claims judge, as SQL over the views, so that a claim
 * reads exactly what its figure shows. Which runs and which p_train come from the axes the data was
 * swept along ({@link Scans}), never from a typed-in setting or a sweep's name; x is the plotted
 * abscissa; mean, ci95_low, ci95_high and n are the seed aggregates of L/p; naive_reference is each
 * point's naive line (runs.naive_reference_loss_per_feature). Outputs written before runs had the model
 * and transplant_steps columns read them as null: such runs are simplified, not transplanted.
 */
public final class Selections {
    /** What makes a point a plain run of the paper's figures: Bernoulli inputs, the simplified model, no transplant. */
    public static final String PLAIN = "input_mode = 'bernoulli' AND coalesce(model, 'simplified') = 'simplified' "
            + "AND coalesce(transplant_steps, 0) = 0";

    /**
     * Figure 2: the profiles of the fixed-σ points of the scan over p_train with the most p_train values
     * (at least 2; ties: the first scan in order). Columns mixing, sigma, p_train, x (p_eval), at_p_train,
     * naive_reference and the seed statistics.
     */
    public static final String PROFILES_BY_P_TRAIN = """
            WITH scan AS (%s),
            pick AS (SELECT scan FROM scan GROUP BY scan ORDER BY count(*) DESC, scan LIMIT 1),
            points AS (SELECT s.sweep, s.point_id FROM scan s JOIN pick USING (scan))
            SELECT a.mixing, a.sigma, a.p_train, a.p_eval AS x, a.mean, a.ci95_low, a.ci95_high, a.n, a.at_p_train,
                   a.naive_reference
            FROM aggregates a JOIN points p ON a.sweep = p.sweep AND a.point_id = p.point_id
            ORDER BY a.p_train, a.p_eval""".formatted(Scans.over("p_train", "NOT learn_sigma AND " + PLAIN, 2));

    /**
     * Figure 5 right: every scan over a fixed σ (at least 3 values) of plain runs, L/p at each point's own
     * p_train. Columns those of {@link Scans#over}, x (σ).
     */
    public static final String SIGMA_SCAN = Scans.over("sigma", "NOT learn_sigma AND " + PLAIN, 3);

    /**
     * The p_train at which the most kinds of model and M (2 or more) were trained (plain runs; ties: the
     * sparsest): where Figure 5 left compares the kinds.
     */
    static final String KINDS_P_TRAIN = """
            SELECT p_train FROM (
              SELECT p_train, count(DISTINCT coalesce(model, 'simplified'), mixing) AS kinds FROM aggregates
              WHERE at_p_train AND %s GROUP BY p_train)
            WHERE kinds >= 2 ORDER BY kinds DESC, p_train LIMIT 1""".formatted(PLAIN);

    /**
     * Figure 5 left: the profile of the best grid point (lowest mean L/p at p_train) per model and kind
     * of M trained at {@link #KINDS_P_TRAIN}. Columns model, mixing, sigma, learn_sigma, p_train,
     * final_sigma (seed mean of |s| at the end), x (p_eval), naive_reference and the seed statistics.
     */
    public static final String BEST_PER_KIND = """
            WITH at AS (%s),
            best AS (
              SELECT coalesce(model, 'simplified') AS model, mixing, min_by(struct(sweep, point_id), mean) AS pick
              FROM aggregates WHERE at_p_train AND p_train = (SELECT p_train FROM at) AND %s
              GROUP BY coalesce(model, 'simplified'), mixing),
            learnt AS (SELECT point_id, avg(abs(final_sigma)) AS final_sigma FROM runs WHERE status = 'ok' GROUP BY point_id)
            SELECT b.model, a.mixing, a.sigma, a.learn_sigma, a.p_train, l.final_sigma, a.p_eval AS x, a.mean, a.ci95_low,
                   a.ci95_high, a.n, a.naive_reference
            FROM aggregates a JOIN best b ON a.mixing = b.mixing
                AND a.sweep = b.pick.sweep AND a.point_id = b.pick.point_id
              JOIN learnt l ON l.point_id = a.point_id
            ORDER BY CASE a.mixing WHEN 'embedding' THEN 0 WHEN 'symmetric' THEN 1 WHEN 'asymmetric' THEN 2
                     WHEN 'clean' THEN 3 ELSE 4 END, a.mixing, b.model, a.p_eval""".formatted(KINDS_P_TRAIN, PLAIN);

    /**
     * The condition on {@code baselines} rows that hold a profile point: a failed task has one row with
     * status 'failed' and no L/p, which a figure or a seed count must not see. Outputs written before
     * baselines had a status read it as null; their tasks all succeeded (a failing one stopped the sweep).
     */
    public static final String BASELINE_OK = "coalesce(status, 'ok') = 'ok'";

    /**
     * Figure 9's p_eval: the paper's semi-NMF study is on exactly-one inputs, so its figure and claim read
     * the sparsest p_eval the baselines were profiled at (0.001 in fig9.conf, where 95 % of the non-empty
     * samples have one active feature), not Figure 5 right's p = 0.01, where 42 % have two or more.
     */
    public static final String SPARSEST_BASELINE_P = "(SELECT min(p_eval) FROM baselines WHERE " + BASELINE_OK + ")";

    /**
     * Figure 9: each baseline's L/p at {@link #SPARSEST_BASELINE_P} against σ per kind of M (not clean),
     * over its successful seeds. Columns baseline, mixing, x (σ), p_eval and the seed statistics.
     */
    public static final String BASELINES_BY_SIGMA = """
            SELECT baseline, mixing, sigma AS x, first(p_eval) AS p_eval, %s FROM baselines
            WHERE %s AND p_eval = %s AND mixing != 'clean'
            GROUP BY baseline, mixing, sigma ORDER BY mixing DESC, baseline, sigma""".formatted(SeedStats.of("loss_per_feature"),
            BASELINE_OK, SPARSEST_BASELINE_P);

    /**
     * Figure 9's trained models: the fixed-σ models trained on exactly-one inputs (fig9.conf's runs), L/p at
     * {@link #SPARSEST_BASELINE_P} against σ per kind of M. Columns mixing, x (σ), naive_reference and the seed
     * statistics.
     */
    public static final String EXACTLY_ONE_SCAN = """
            SELECT mixing, sigma AS x, mean, ci95_low, ci95_high, n, naive_reference FROM aggregates
            WHERE input_mode = 'exactly-one' AND model = 'simplified' AND NOT learn_sigma AND coalesce(transplant_steps, 0) = 0
              AND mixing != 'clean' AND p_eval = %s
            ORDER BY mixing DESC, sigma""".formatted(SPARSEST_BASELINE_P);

    /**
     * Figure 6 and the transplant claim: L/p at p_train at the transplant's phase ends, per transplanted
     * grid point. Columns point_id, mixing, point ('noisy_end', 'clean_start', 'clean_end'), x (step).
     */
    public static final String TRANSPLANT_POINTS = """
            SELECT r.point_id, r.mixing, t.point, CAST(t.step AS DOUBLE) AS x, %s
            FROM runs r JOIN transplants t ON t.run_id = r.run_id
            WHERE r.status = 'ok' AND r.transplant_steps > 0
            GROUP BY r.point_id, r.mixing, t.point, t.step ORDER BY r.point_id, t.step, t.point DESC""".formatted(SeedStats.of("t.loss_per_feature"));

    /**
     * Figures 3 and 4: the analysed seed-0 models of the sweep with analysed runs at 2 or more p_train
     * values, the sparsest ({@code %1$s} = min) or densest (max) one. Columns run_id, p_train, mixing, sigma.
     */
    static final String ANALYSED_BY_P_TRAIN = """
            WITH analysed AS (
              SELECT sweep, run_id, p_train, mixing, sigma FROM runs
              WHERE status = 'ok' AND seed = 0 AND run_id IN (SELECT run_id FROM weight_bars)),
            pick AS (SELECT sweep FROM analysed GROUP BY sweep HAVING count(DISTINCT p_train) >= 2 ORDER BY sweep LIMIT 1)
            SELECT m.* FROM (SELECT %1$s_by(struct(a.run_id, a.p_train, a.mixing, a.sigma), a.p_train) AS m
              FROM analysed a JOIN pick ON a.sweep = pick.sweep) WHERE m IS NOT NULL""";

    /**
     * Figures 7 and 8: the analysed seed-0 model of a sweep whose analysed runs all share one p_train (the
     * alignment study; Figures 3 and 4 analyse models at two), preferring the largest σ, then the sparsest
     * p_train. Columns run_id, p_train, mixing, sigma.
     */
    static final String ANALYSED_ALONE = """
            WITH analysed AS (SELECT * FROM runs WHERE status = 'ok' AND run_id IN (SELECT run_id FROM alignment)),
            single AS (SELECT sweep FROM analysed GROUP BY sweep HAVING count(DISTINCT p_train) = 1)
            SELECT a.run_id, a.p_train, a.mixing, a.sigma FROM analysed a LEFT JOIN single s ON a.sweep = s.sweep
            WHERE a.seed = 0 ORDER BY s.sweep IS NOT NULL DESC, a.sigma DESC, a.p_train, a.run_id LIMIT 1""";

    private Selections() {
    }
}
