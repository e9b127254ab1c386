package org.ccsweep.model.run;

/**
 * Whether the hot loops run on the incubator Vector API (the training step's d-wide rows, the
 * sampler's bulk draws in {@link Rng}): when this JVM resolved the module
 * {@code jdk.incubator.vector} ({@code --add-modules jdk.incubator.vector}, which the build, submit/
 * and the benches pass) and the system property {@code ccsweep.vector} is not {@code false}. Either way the results are the same bits; only the speed differs.
 */
public final class VectorSupport {
    /** Fixed at class load, so that C2 drops the branch not taken. */
    public static final boolean ENABLED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("ccsweep.vector"));

    private VectorSupport() {
    }
}
