package org.ccsweep.jobs.figures;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;

/**
 * A CC figure of one analysed seed-0 model, in two panels (files): the model trained at its sweep's sparsest
 * p_train ({@code -sparse}) and at its densest ({@code -dense}); Figures 3 and 4.
 */
abstract class SparseDensePanel implements Figure {
    private final boolean dense;
    private final String stem;
    private final String table;
    private final String rows;

    /**
     * @param stem  the file name before {@code -sparse} or {@code -dense}
     * @param table the analysis table the panel draws, for {@link #needs()}
     * @param rows  the query of the model's rows, with one %s for its run id
     */
    SparseDensePanel(boolean dense, String stem, String table, String rows) {
        this.dense = dense;
        this.stem = stem;
        this.table = table;
        this.rows = rows;
    }

    /** The model's rows of the query, drawn into the panel. */
    abstract JFreeChart draw(AnalysedModel model, List<Row> rows);

    /** "densest" or "sparsest", for the caption. */
    final String extreme() {
        return dense ? "densest" : "sparsest";
    }

    @Override
    public final Section section() {
        return Section.CC;
    }

    @Override
    public final String name() {
        return stem + "-" + (dense ? "dense" : "sparse");
    }

    @Override
    public final String needs() {
        return "analysed seed-0 runs (" + table + ") at 2 or more p_train values of one sweep";
    }

    @Override
    public final Optional<JFreeChart> chart(SparkSession spark) {
        return AnalysedModel.pick(spark, Selections.ANALYSED_BY_P_TRAIN.formatted(dense ? "max" : "min"))
                .map(model -> draw(model, model.rows(spark, rows)));
    }
}
