package org.ccsweep.model.task;

import java.util.List;
import java.util.Optional;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;

/**
 * One family of toy models (CC, TMS, U-AND, ...): everything that differs between families, behind
 * one seam, so that the sweep engine ({@code jobs/}) holds no family's math. A task declares its keys,
 * resolves and checks a run's values, trains and evaluates runs (alone, or in lock-step groups where
 * its fast path allows, or many at once on a GPU where it has a group trainer), and defines itself once more in plain dense double precision
 * ({@link DenseProblem}) for the references its fast paths are tested against. A new task is a package
 * under {@code task/}, its block of reference.conf, its columns in the table schemas, and one line in
 * {@link Tasks}.
 */
public interface Task {
    /** The name {@code sweep.task} selects, e.g. {@code cc}. */
    String name();

    /**
     * The task's own keys, beyond {@link Keys#ALL} which every run holds. Its grid keys come first, in
     * the order the grid expands them (outermost first); {@link Keys#P_TRAIN} is placed among them by
     * {@link #gridOrder}.
     */
    List<Key<?>> keys();

    /** Every grid key of the task's runs, {@link Keys#P_TRAIN} included, outermost first. */
    List<Key<?>> gridOrder();

    /** The keys the sweep summary always shows, besides those that vary in the sweep. */
    List<Key<?>> summaryKeys();

    /**
     * The first rule that a combination of values breaks, before {@link #resolve}: a value that is
     * allowed on its own but not with the others ({@code d ≤ n}, the residual model's kind of M).
     */
    Optional<Violation> check(RunSpec raw);

    /**
     * The run as it trains: values it does not depend on normalised or dropped (so that combinations
     * that train the same run resolve to one spec), derived values computed.
     */
    RunSpec resolve(RunSpec raw);

    /** The memory one run needs while it trains ({@link Footprint}), from its resolved shapes. */
    Footprint footprint(RunSpec spec);

    /**
     * Trains and evaluates one run.
     *
     * @throws RuntimeException when the run fails (it diverged, its evaluation cannot be computed)
     */
    RunResult execute(RunSpec spec);

    /** The key runs share to train together in lock-step; empty for runs that always train alone. */
    Optional<String> lockstepKey(RunSpec spec);

    /**
     * Runs of one lock-step group trained together, each with the result it gets alone (bits included);
     * a run that fails fails alone.
     *
     * @throws IllegalArgumentException when the runs do not share a lock-step key
     */
    List<Outcome> executeTogether(List<RunSpec> specs);

    /**
     * Whether the task's group trainer (many runs at once on one GPU) takes the run, and with which runs.
     * A task without one refuses every run, which then trains on the CPU or fails, as engine.backend asks.
     */
    default GroupFit groupFit(RunSpec spec) {
        return GroupFit.refused("task " + name() + " has no GPU group trainer");
    }

    /**
     * Opens the task's group trainer on the device chosen.
     *
     * @throws NoDeviceException when that device is not there, with what this machine has
     */
    default GroupDevice openGroupDevice(DeviceChoice choice) {
        throw new NoDeviceException("task " + name() + " has no GPU group trainer");
    }

    /** The run's task in plain dense double precision, the reference of its fast paths. */
    DenseProblem problem(RunSpec spec);
}
