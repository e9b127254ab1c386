package org.ccsweep.model.run;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a run produced that only its task knows how to name: its columns of the {@code runs} row and its
 * rows of the task's other tables. It travels from executor to driver in the task's compact form and
 * turns into columns and rows there, where the table writer stores them by the schemas.
 */
public interface TaskOutput extends Serializable {
    /**
     * The task's result columns of the {@code runs} row, by column name; values Integer, Long, Double,
     * Boolean, String or null.
     */
    Map<String, Object> columns();

    /**
     * The task's rows of other tables, by table name, each row a map from column name to value (as in
     * {@link #columns()}, or float[] / double[] for array columns).
     */
    Map<String, List<Map<String, Object>>> rows();
}
