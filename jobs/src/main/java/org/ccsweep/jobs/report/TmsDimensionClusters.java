package org.ccsweep.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;

/**
 * Feature dimensionalities cluster at a few fractions, each the geometry of a configuration (TMS, "The Geometry of
 * Superposition"): a dedicated dimension (1), antipodal pairs (1/2), pentagons (2/5), and the others the paper names.
 * Read from the best seed of every tms grid point in the results: a fraction is a cluster when features of at least
 * two of those models lie within {@value #WITHIN} of it.
 */
final class TmsDimensionClusters implements Claim {
    /** Half the closest two fractions' distance (2/5 − 3/8 = 0.025) and less: no feature is near two of them. */
    static final double WITHIN = 0.01;
    /** The fractions the claim needs as clusters, and the other named ones, with their configurations. */
    static final double[] NEEDED = {1, 0.5, 0.4};
    static final String[] NAMES = {"1", "3/4", "2/3", "1/2", "2/5", "3/8"};
    static final double[] FRACTIONS = {1, 0.75, 2.0 / 3, 0.5, 0.4, 0.375};

    static final String NEAR = """
            WITH best AS (
              SELECT min_by(run_id, loss_per_feature) AS run_id FROM runs WHERE status = 'ok' AND task = 'tms'
              GROUP BY sweep, point_id),
            fractions AS (SELECT explode(array(%1$s)) AS fraction)
            SELECT fr.fraction, count(f.run_id) AS features, count(DISTINCT f.run_id) AS models,
                   (SELECT count(*) FROM best) AS points,
                   (SELECT count(*) FROM best b JOIN tms_features g USING (run_id) WHERE g.dimensionality >= 0.1) AS learnt,
                   (SELECT count(*) FROM best b JOIN tms_features g USING (run_id)
                    WHERE exists(array(%1$s), v -> abs(g.dimensionality - v) <= %2$s)) AS near
            FROM fractions fr LEFT JOIN (SELECT g.* FROM best b JOIN tms_features g USING (run_id)) f
              ON abs(f.dimensionality - fr.fraction) <= %2$s
            GROUP BY fr.fraction ORDER BY fr.fraction DESC""";

    @Override
    public Section section() {
        return Section.TMS;
    }

    @Override
    public String statement() {
        return "Feature dimensionalities cluster at 1, 1/2 and 2/5.";
    }

    @Override
    public String paper() {
        return "D_i = ‖W_i‖² / Σ_j (Ŵ_i · W_j)² sticks at fractions, one per weight geometry: 3/4 (tetrahedron), 2/3 "
                + "(triangle), 1/2 (antipodal pair), 2/5 (pentagon), 3/8 (square antiprism) and 0 (not learnt); features "
                + "with a dimension of their own have 1 (Figure 1's dense model; the geometry run's dense regime hides it).";
    }

    @Override
    public String rule() {
        return "best seed of every tms grid point; a fraction is a cluster when features of at least 2 of those models lie "
                + "within " + WITHIN + " of it; yes when 1, 1/2 and 2/5 each are";
    }

    @Override
    public String needs() {
        return "tms runs at several grid points (conf/beyond/tms-intro.conf, tms-geometry.conf)";
    }

    @Override
    public Optional<Finding> judge(SparkSession spark) {
        StringBuilder list = new StringBuilder();
        for (double fraction : FRACTIONS) {
            list.append(list.length() == 0 ? "" : ", ").append("CAST(").append(fraction).append(" AS DOUBLE)");
        }
        List<Row> rows = spark.sql(NEAR.formatted(list, WITHIN)).collectAsList();
        if (rows.isEmpty() || rows.get(0).<Long>getAs("points") < 2) {
            return Optional.empty();
        }
        Verdict verdict = new Verdict();
        List<String> counts = new ArrayList<>();
        for (int f = 0; f < FRACTIONS.length; f++) {
            Row row = rows.get(f);
            long features = row.getAs("features");
            long models = row.getAs("models");
            counts.add(NAMES[f] + ": " + features + " features of " + models + " models");
            for (double needed : NEEDED) {
                if (needed == FRACTIONS[f]) {
                    verdict.holds(models >= 2, NAMES[f] + " holds features of " + models + " model" + (models == 1 ? "" : "s")
                            + ", fewer than 2: no cluster");
                }
            }
        }
        Row first = rows.get(0);
        return Optional.of(verdict.finding("within " + WITHIN + ", over the best seeds of " + first.getAs("points")
                + " grid points: " + String.join("; ", counts), first.getAs("near") + " of the " + first.getAs("learnt")
                + " learnt features (D_i ≥ 0.1) lie within " + WITHIN + " of a named fraction"));
    }
}
