package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * The genericity test's ε-accuracy: with the first layer frozen at N(0, 1) and only the read-off learnt, the
 * fraction of outputs read within ε = f · ln d / √d of their label, against f, for U-AND and U-XOR, on outputs
 * whose label is 0 and on those whose label is 1; seed means with 95 % error bars. One setting: the one with
 * the most frozen-Gaussian runs of both operations.
 */
final class UandAccuracy implements Figure {
    static final String FRACTIONS = """
            WITH r AS (SELECT *, %1$s AS setting FROM runs
                       WHERE status = 'ok' AND task = 'uand' AND NOT uand_bisect AND uand_first_layer = 'gaussian'),
            a AS (
              SELECT r.uand_operation AS op, r.setting, y.label, y.eps_factor, y.fraction
              FROM r JOIN uand_accuracy y ON y.run_id = r.run_id AND y.readoff = 'trained'
              WHERE y.fraction IS NOT NULL),
            chosen AS (SELECT setting FROM a GROUP BY setting ORDER BY count(DISTINCT op) DESC, count(*) DESC, setting LIMIT 1)
            SELECT op, label, eps_factor AS x, %2$s FROM a JOIN chosen USING (setting)
            GROUP BY op, label, eps_factor ORDER BY op, label DESC, x""".formatted(
            Scans.keyExcept("uand_operation", "uand_first_layer", "uand_connect_p"), SeedStats.of("fraction"));

    @Override
    public Section section() {
        return UandSections.GENERICITY;
    }

    @Override
    public String name() {
        return "uand-accuracy";
    }

    @Override
    public String caption() {
        return "Genericity of U-AND (shared/seeds/003): first layer frozen at N(0, 1), zero bias, only the read-off "
                + "learnt; the fraction of outputs read within ε = f · ln d / √d of their label against f, for outputs "
                + "whose label is 0 (blue) and 1 (orange), U-AND solid, U-XOR dashed; seed means, 95 % error bars.";
    }

    @Override
    public String needs() {
        return "uand runs with uand.first-layer = gaussian (conf/beyond/uand.conf)";
    }

    @Override
    public Optional<JFreeChart> chart(SparkSession spark) {
        List<Row> rows = spark.sql(FRACTIONS).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        NumberAxis x = ChartStyle.linear("f, with ε = f · ln d / √d", true);
        x.setTickUnit(new NumberTickUnit(0.1));
        ErrorBarChart chart = new ErrorBarChart("U-AND vs U-XOR with a frozen random first layer: ε-accuracy", x,
                "fraction of outputs with |error| < ε");
        Bands.of(rows, r -> new Bands.Line(r.<String>getAs("op").toUpperCase(Locale.ROOT) + ", label "
                + (r.getAs("label").equals("zero") ? "0" : "1"), r.getAs("label").equals("zero") ? Palette.BLUE
                : Palette.ORANGE)).forEach(band -> chart.series(band, band.label().startsWith("AND") ? ChartStyle.LINE
                : ChartStyle.DASHED));
        return Optional.of(chart.build());
    }
}
