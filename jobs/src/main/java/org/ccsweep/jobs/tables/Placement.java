package org.ccsweep.jobs.tables;

import java.io.Serializable;

/**
 * Where and how a run trained, as its task saw it on its executor.
 *
 * @param backend     the resolved engine.backend ({@code cpu}); for a run that failed to resolve it, the one requested
 * @param blasThreads the threads OpenBLAS (and ND4J) use in the task's JVM; null when the run failed before loading it
 * @param taskCpus    spark.task.cpus of the task: the cores the scheduler gave it
 */
public record Placement(String backend, Integer blasThreads, int taskCpus) implements Serializable {
}
