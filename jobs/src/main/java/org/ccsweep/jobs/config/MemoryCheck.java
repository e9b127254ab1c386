package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigValue;
import java.util.List;
import java.util.Locale;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.Footprint;
import org.ccsweep.model.task.Tasks;

/**
 * Whether the runs fit the memory that trains them, checked before Spark starts: an embedded sweep runs
 * {@code engine.cores} tasks at once in this JVM, so the largest run's {@link Footprint} times the
 * slots must fit its heap. A sweep submitted to a cluster is checked by its executors' memory instead,
 * which only the cluster knows. Values that cannot work then stop the sweep with what they need and
 * what there is, not with an {@link OutOfMemoryError} recorded as every run's failure.
 */
final class MemoryCheck {
    /** The share of the heap runs may take; the rest is Spark's and the evaluator's. */
    static final double SHARE = 0.8;

    private MemoryCheck() {
    }

    /**
     * @param cores the task slots of the embedded Spark
     * @throws SweepConfigException naming where the value of the key that drives the largest run's memory
     *                              was set
     */
    static void check(Fields f, Grid.Read grid, List<RunSpec> runs, int cores, long maxHeapBytes) {
        Footprint largest = null;
        RunSpec heaviest = null;
        for (RunSpec run : runs) {
            Footprint footprint = Tasks.of(run).footprint(run);
            if (largest == null || footprint.bytes() > largest.bytes()) {
                largest = footprint;
                heaviest = run;
            }
        }
        if (largest == null) {
            return;
        }
        int slots = Math.min(cores, runs.size());
        double needed = (double) largest.bytes() * slots;
        if (largest.bytes() < 0 || needed > SHARE * maxHeapBytes) {
            Object value = heaviest.get(largest.key());
            String name = largest.key().path();
            ConfigValue source = f.value(name);
            for (Axis axis : grid.axes()) {
                if (axis.key().equals(largest.key())) {
                    name = axis.name();
                    source = grid.sources().get(axis.key()).get(axis.values().indexOf(value));
                }
            }
            throw Fields.error(name, source, value + " needs about " + bytes(largest.bytes()) + " per run (" + largest.formula() + "), "
                    + bytes(needed) + " for the " + slots + " runs this machine trains at once (engine.cores), and "
                    + "this JVM has " + bytes(maxHeapBytes) + " (-Xmx, of which runs may take "
                    + Math.round(100 * SHARE) + " %); lower " + largest.key().path() + " or engine.cores, or give the "
                    + "JVM more memory (JAVA_OPTS=-Xmx...)");
        }
    }

    /** Bytes in the largest whole unit: 4.0 GB, 512 MB. */
    static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
    }
}
