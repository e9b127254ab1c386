package org.ccsweep.jobs.tables;

import java.io.Serializable;

/**
 * Where and how a run trained, as its task saw it on its executor.
 *
 * @param backend     what trained the run: {@code cpu}, {@code cuda:<device name>} or {@code cuda-reference}; for a
 *                    run that failed before a device was found, engine.backend as requested
 * @param blasThreads the threads OpenBLAS (and ND4J) use in the task's JVM; null when the run failed before that
 * @param taskCpus    spark.task.cpus of the task: the cores the scheduler gave it
 */
public record Placement(String backend, Integer blasThreads, int taskCpus) implements Serializable {
}
