package org.ccsweep.jobs.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.task.Tasks;

/** Every figure the {@code figures} and {@code report} commands draw: the paper's in its order, then the axis scans. */
public final class Figures {
    private Figures() {
    }

    /** The paper's figures, then an {@link AxisScan} for each numeric key the results swept over 3 or more values. */
    public static List<Figure> all(SparkSession spark) {
        List<Figure> figures = new ArrayList<>(all());
        for (String column : sweptColumns(spark)) {
            figures.add(new AxisScan(column));
        }
        return figures;
    }

    /**
     * The columns of numeric keys that set the model, other than those the paper's figures draw against (σ,
     * p_train, the rank), with 3 or more values among the results' runs: those an axis scan may draw.
     */
    static List<String> sweptColumns(SparkSession spark) {
        List<String> numeric = new ArrayList<>();
        for (Key<?> key : Tasks.allKeys()) {
            boolean number = key.kind() == Key.Kind.INT || key.kind() == Key.Kind.LONG || key.kind() == Key.Kind.DOUBLE;
            if (number && key.column() != null && Views.modelColumns().contains(key.column())
                    && !DRAWN.contains(key.column())) {
                numeric.add(key.column());
            }
        }
        if (numeric.isEmpty()) {
            return List.of();
        }
        Row counts = spark.sql("SELECT " + numeric.stream().map(c -> "count(DISTINCT " + c + ")")
                .collect(Collectors.joining(", ")) + " FROM runs WHERE status = 'ok'").first();
        List<String> swept = new ArrayList<>();
        for (int i = 0; i < numeric.size(); i++) {
            if (counts.getLong(i) >= 3) {
                swept.add(numeric.get(i));
            }
        }
        return swept;
    }

    /** The columns the paper's own figures draw against. */
    private static final List<String> DRAWN = List.of("sigma", "p_train", "low_rank_rank");

    /** The CC paper's figures, in its order, then the TMS paper's, then the U-AND task's. */
    public static List<Figure> all() {
        return List.of(new Fig2Profiles(), new Fig3Responses(false), new Fig3Responses(true), new Fig4WeightBars(false),
                new Fig4WeightBars(true), new Fig5LeftKinds(), new Fig5RightSigma(), new Fig6Transplant(),
                new Fig7Projections(), new Fig7Alignment(), new Fig8Entries(), new Fig9SemiNmf(), new Fig10OffsetScan(),
                new Fig10OffsetProfile(), new RankStudy(RankStudy.Panel.LOSS), new RankStudy(RankStudy.Panel.GAIN),
                new RankStudy(RankStudy.Panel.SIGMA), new TmsIntroColumns(), new TmsDimensionality(), new TmsPhaseDiagram(),
                new UandErrors(), new UandAccuracy(), new UandScaling());
    }
}
