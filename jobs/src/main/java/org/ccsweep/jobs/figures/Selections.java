package org.ccsweep.jobs.figures;

/**
 * The rows a figure draws and the report's claims judge, as SQL over the views, so that a claim
 * reads exactly what its figure shows. Trained runs only (no transplant); x is the plotted abscissa;
 * mean, ci95_low, ci95_high and n are the seed aggregates of L/p. Outputs written before runs had
 * the model and transplant_steps columns read them as null: such runs are simplified, not transplanted.
 */
public final class Selections {
    /**
     * Figure 2: profiles of asymmetric-M models trained at each p_train, from the sweep and fixed σ
     * with the most p_train values (at least 2). Columns sigma, p_train, x (p_eval), at_p_train.
     */
    public static final String PROFILES_BY_P_TRAIN = """
            WITH pick AS (
              SELECT sweep, sigma, count(DISTINCT p_train) AS trained FROM aggregates
              WHERE mixing = 'asymmetric' AND NOT learn_sigma AND input_mode = 'bernoulli' AND coalesce(transplant_steps, 0) = 0
              GROUP BY sweep, sigma HAVING trained >= 2
              ORDER BY trained DESC, sweep, sigma LIMIT 1)
            SELECT a.sigma, a.p_train, a.p_eval AS x, a.mean, a.ci95_low, a.ci95_high, a.n, a.at_p_train
            FROM aggregates a JOIN pick ON a.sweep = pick.sweep AND a.sigma = pick.sigma
            WHERE a.mixing = 'asymmetric' AND NOT a.learn_sigma AND a.input_mode = 'bernoulli' AND coalesce(a.transplant_steps, 0) = 0
            ORDER BY a.p_train, a.p_eval""";

    /**
     * Figure 5 right: L/p at p_train = 0.01 against fixed σ per kind of M, each kind from its sweep
     * with the most σ values (at least 3). Columns mixing, x (σ).
     */
    public static final String SIGMA_SCAN = """
            WITH sigmas AS (
              SELECT mixing, sweep, count(DISTINCT sigma) AS values FROM aggregates
              WHERE at_p_train AND p_train = 0.01 AND NOT learn_sigma AND input_mode = 'bernoulli'
                AND coalesce(transplant_steps, 0) = 0 AND mixing != 'clean'
              GROUP BY mixing, sweep HAVING values >= 3),
            pick AS (SELECT mixing, max_by(sweep, struct(values, sweep)) AS sweep FROM sigmas GROUP BY mixing)
            SELECT a.mixing, a.sigma AS x, a.mean, a.ci95_low, a.ci95_high, a.n
            FROM aggregates a JOIN pick ON a.mixing = pick.mixing AND a.sweep = pick.sweep
            WHERE a.at_p_train AND a.p_train = 0.01 AND NOT a.learn_sigma AND a.input_mode = 'bernoulli' AND coalesce(a.transplant_steps, 0) = 0
            ORDER BY a.mixing DESC, a.sigma""";

    /**
     * Figure 5 left: the profile of the best grid point (lowest mean L/p at p_train) per model and kind
     * of M trained at p = 0.01. Columns model, mixing, sigma, learn_sigma, final_sigma (seed mean of
     * |s| at the end), x (p_eval).
     */
    public static final String BEST_PER_KIND = """
            WITH best AS (
              SELECT coalesce(model, 'simplified') AS model, mixing, min_by(struct(sweep, point_id), mean) AS pick FROM aggregates
              WHERE at_p_train AND p_train = 0.01 AND input_mode = 'bernoulli' AND coalesce(transplant_steps, 0) = 0
              GROUP BY coalesce(model, 'simplified'), mixing),
            learnt AS (SELECT point_id, avg(abs(final_sigma)) AS final_sigma FROM runs WHERE status = 'ok' GROUP BY point_id)
            SELECT b.model, a.mixing, a.sigma, a.learn_sigma, l.final_sigma, a.p_eval AS x, a.mean, a.ci95_low, a.ci95_high, a.n
            FROM aggregates a JOIN best b ON a.mixing = b.mixing
                AND a.sweep = b.pick.sweep AND a.point_id = b.pick.point_id
              JOIN learnt l ON l.point_id = a.point_id
            ORDER BY CASE a.mixing WHEN 'embedding' THEN 0 WHEN 'symmetric' THEN 1 WHEN 'asymmetric' THEN 2
                     WHEN 'clean' THEN 3 ELSE 4 END, a.mixing, b.model, a.p_eval""";

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
     * {@link #SPARSEST_BASELINE_P} against σ per kind of M. Columns mixing, x (σ), mean, ci95_low, ci95_high, n.
     */
    public static final String EXACTLY_ONE_SCAN = """
            SELECT mixing, sigma AS x, mean, ci95_low, ci95_high, n FROM aggregates
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
     * Figures 7 and 8: the analysed seed-0 model trained closest to p = 0.01 (the paper's model), ties
     * to the largest σ. Columns run_id, p_train, mixing, sigma.
     */
    static final String ANALYSED_AT_P001 = """
            SELECT run_id, p_train, mixing, sigma FROM runs
            WHERE status = 'ok' AND seed = 0 AND run_id IN (SELECT run_id FROM alignment)
            ORDER BY abs(log10(p_train) + 2), sigma DESC, run_id LIMIT 1""";

    private Selections() {
    }
}
