package org.ccsweep.jobs.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccsweep.model.eval.LossProfile;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunResult;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.run.TaskOutput;
import org.ccsweep.model.task.DenseProblem;
import org.ccsweep.model.task.Footprint;
import org.ccsweep.model.task.Outcome;
import org.ccsweep.model.task.Task;
import org.ccsweep.model.task.Violation;

/**
 * A task for the engine's fault tests, registered on jobs' test class path only
 * (resources/META-INF/services): its runs train nothing, and fail by seed. Seed {@value #JVM_ERROR_SEED}
 * throws an {@link OutOfMemoryError}, as a JVM error would; seed {@value #FAILING_SEED} throws an
 * exception, as a run that cannot be computed does; every other seed succeeds with L/p 0.05 everywhere.
 */
public final class FaultTask implements Task {
    public static final String NAME = "fault-test";
    public static final long JVM_ERROR_SEED = 1;
    public static final long FAILING_SEED = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Key<?>> keys() {
        return List.of();
    }

    @Override
    public List<Key<?>> gridOrder() {
        return List.of(Keys.P_TRAIN);
    }

    @Override
    public List<Key<?>> summaryKeys() {
        return List.of(Keys.P_TRAIN);
    }

    @Override
    public Optional<Violation> check(RunSpec raw) {
        return Optional.empty();
    }

    @Override
    public RunSpec resolve(RunSpec raw) {
        return raw;
    }

    /** Its runs allocate nothing but their profile. */
    @Override
    public Footprint footprint(RunSpec spec) {
        return new Footprint(64L * spec.evalP().length, Keys.EVAL_P, "64 bytes per p_eval");
    }

    @Override
    public RunResult execute(RunSpec spec) {
        if (spec.seed() == JVM_ERROR_SEED) {
            throw new OutOfMemoryError("simulated by the fault test task");
        }
        if (spec.seed() == FAILING_SEED) {
            throw new IllegalStateException("simulated failure of run " + spec.id());
        }
        double[] p = spec.evalP();
        double[] lpf = new double[p.length];
        double[] loss = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            lpf[i] = 0.05;
            loss[i] = 0.05 * p[i];
        }
        return new RunResult(spec, 0.1, 0, 0, new int[] {spec.steps()}, new double[] {0.1},
                new LossProfile(p, loss, lpf, new double[p.length]), new NoOutput());
    }

    @Override
    public Optional<String> lockstepKey(RunSpec spec) {
        return Optional.empty();
    }

    @Override
    public List<Outcome> executeTogether(List<RunSpec> specs) {
        throw new IllegalArgumentException("the fault test task trains every run alone");
    }

    @Override
    public DenseProblem problem(RunSpec spec) {
        throw new UnsupportedOperationException("the fault test task has no network to state");
    }

    /** No columns or rows of its own. */
    private record NoOutput() implements TaskOutput {
        @Override
        public Map<String, Object> columns() {
            return Map.of();
        }

        @Override
        public Map<String, List<Map<String, Object>>> rows() {
            return Map.of();
        }
    }
}
