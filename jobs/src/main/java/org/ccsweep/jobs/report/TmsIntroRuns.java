package org.ccsweep.jobs.report;

/**
 * The runs the TMS intro claims read: those of the tms sweep with m = 2 and the most p_train values (the notebook's
 * n = 5, m = 2 intro; conf/beyond/tms-intro.conf), one row per run with the features it represents
 * (‖W_i‖ &gt; {@value #REPRESENTED}, the paper's threshold), ascending.
 */
final class TmsIntroRuns {
    /** The norm above which the paper counts a feature as represented. */
    static final double REPRESENTED = 0.5;

    static final String RUNS = """
            WITH pick AS (
              SELECT sweep FROM runs WHERE status = 'ok' AND task = 'tms' AND d_mlp = 2
              GROUP BY sweep ORDER BY count(DISTINCT p_train) DESC, sweep LIMIT 1)
            SELECT r.run_id, r.p_train, r.seed, r.loss_per_feature, r.n_features, r.d_mlp,
                   r.naive_reference_loss_per_feature AS naive,
                   array_sort(collect_list(CASE WHEN f.norm > %s THEN f.feature END)) AS represented
            FROM runs r JOIN pick USING (sweep) JOIN tms_features f USING (run_id)
            WHERE r.status = 'ok' AND r.task = 'tms' AND r.d_mlp = 2
            GROUP BY r.run_id, r.p_train, r.seed, r.loss_per_feature, r.n_features, r.d_mlp,
                     r.naive_reference_loss_per_feature""".formatted(REPRESENTED);

    private TmsIntroRuns() {
    }

    /** A feature probability to 3 significant digits, as a conf writes it: 1, 0.717, 0.05. */
    static String p(double value) {
        return Interval.plain(Double.parseDouble(Interval.fmt(value)));
    }
}
