package org.ccsweep.jobs.sweep;

import java.io.Serializable;
import org.ccsweep.jobs.config.Backend;

/**
 * What every task of a sweep needs besides its runs.
 *
 * @param backend  engine.backend
 * @param lockstep engine.lockstep, for runs that fall back from a missing GPU to the CPU
 * @param threads  the threads a group task evaluates (or falls back) on: in embedded mode the machine's
 *                 task slots, since the GPU trains one group at a time and its runs' evaluations are the
 *                 CPU's work; 0 on a cluster, where it is the task's spark.task.cpus
 */
record TaskSettings(Backend backend, int lockstep, int threads) implements Serializable {
}
