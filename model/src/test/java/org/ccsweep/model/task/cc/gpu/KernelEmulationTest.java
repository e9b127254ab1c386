package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Scanner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ccsweep.model.run.RngState;
import org.ccsweep.model.task.cc.data.ActiveCounts;
import org.ccsweep.model.task.cc.data.InputMode;
import org.ccsweep.model.task.cc.data.MixingKind;
import org.ccsweep.model.train.Schedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kernels' own CUDA C, compiled for the host with g++ (src/test/cuda/emulation.h: a block's threads
 * are threads that meet at barriers) and run as CudaGroupTrainer launches them, give every member the
 * reference's bits: weights, learnt s, curve and divergence, with redrawn features,
 * grouped single-feature samples and dense rows. Skipped without g++ 11 or newer (CI needs only Java
 * and Maven); on a GPU, CudaTrainerTest checks the same against the device.
 */
class KernelEmulationTest {
    private static final Path WORK = Path.of("target/kernel-emulation");
    private static final String DYNAMIC_SHARED = "    extern __shared__ float shared[];";

    @BeforeAll
    static void compile() throws Exception {
        Result version = run(List.of("g++", "-dumpversion"), Path.of("."), "");
        assumeTrue(version.exitCode == 0 && Integer.parseInt(version.output.trim().split("\\.")[0]) >= 11,
                "no g++ with C++20's std::barrier (11 or newer)");
        Files.createDirectories(WORK);
        try (Stream<Path> sources = Stream.concat(Files.list(PtxSources.CUDA), Files.list(Path.of("src/test/cuda")))) {
            for (Path source : sources.toList()) {
                String text = Files.readString(source);
                if (source.getFileName().toString().equals("train_step.cu")) {
                    assertThat(text).contains(DYNAMIC_SHARED);
                    text = text.replace(DYNAMIC_SHARED, "    float* shared = emulatedDynamicShared;");
                }
                Files.writeString(WORK.resolve(source.getFileName()), text);
            }
        }
        Result compiled = run(List.of("g++", "-std=c++20", "-O2", "-ffp-contract=off", "-pthread", "-w", "-o",
                "train_group", "train_group.cpp"), WORK, "");
        assertThat(compiled.exitCode).as(compiled.output).isZero();
    }

    @ParameterizedTest
    @CsvSource({"BERNOULLI, 0.01, 512, 12", "BERNOULLI, 0.05, 256, 8", "EXACTLY_ONE, 1.0, 512, 8"})
    void emulatedKernelsGiveTheReferencesBits(InputMode mode, double p, int batch, int steps) throws Exception {
        GpuGroup group = new GpuGroup(100, 50, batch, steps, 3e-3, Schedule.COSINE, 0.9, 0.999, 1e-8, 1e-2, mode, p, 4, List.of(
                TestGroups.member(1, 0.02f, false, MixingKind.ASYMMETRIC, 1),
                TestGroups.member(1, 0.04f, false, MixingKind.ASYMMETRIC, 1),
                TestGroups.member(2, 0.01f, true, MixingKind.SYMMETRIC, 2),
                TestGroups.member(3, 0.0f, false, MixingKind.CLEAN, 3),
                TestGroups.member(2, 1e30f, false, MixingKind.ASYMMETRIC, 1)));
        Result emulated = run(List.of(WORK.resolve("train_group").toAbsolutePath().toString()), WORK, input(group));
        assertThat(emulated.exitCode).as(emulated.output).isZero();

        Scanner out = new Scanner(emulated.output);
        assertThat(out.next()).isEqualTo("overflow");
        assertThat(out.nextInt()).isZero();
        List<TrainedMember> reference = ReferenceTrainer.train(group);
        for (int i = 0; i < reference.size(); i++) {
            TrainedMember expected = reference.get(i);
            if (expected.diverged() != null) {
                assertThat(out.next()).as("member " + i).isEqualTo("D");
                assertThat(out.nextInt()).isEqualTo(expected.diverged().step());
                continue;
            }
            assertThat(floats(out, 5000)).as("member %d W_in", i).containsExactly(expected.wIn());
            assertThat(floats(out, 5000)).as("member %d W_out", i).containsExactly(expected.wOut());
            assertThat(floats(out, 1)).as("member %d s", i).containsExactly(expected.training().sigma());
            assertThat(doubles(out, 4)).as("member %d curve", i).containsExactly(expected.training().curveLoss());
        }
    }

    /** The group as train_group.cpp reads it (its header comment has the layout). */
    private static String input(GpuGroup group) {
        GroupPlan plan = GroupPlan.of(group);
        GroupParameters initial = GroupParameters.initial(group);
        StepSchedule schedule = new StepSchedule(group);
        CurveWindows windows = new CurveWindows(group.steps(), group.curvePoints());
        StringBuilder in = new StringBuilder();
        in.append(group.inputMode() == InputMode.EXACTLY_ONE ? 1 : 0).append(' ').append(group.batch()).append(' ')
                .append(group.steps()).append(' ').append(LayoutCapacity.of(group).entries()).append(' ')
                .append(plan.members()).append(' ').append(plan.streams()).append(' ').append(plan.mixings.size())
                .append(' ').append(plan.pairs()).append(' ').append(windows.points()).append('\n');
        double[] cdf = group.inputMode() == InputMode.EXACTLY_ONE ? new double[101] : ActiveCounts.cdf(100, group.pTrain());
        for (double c : cdf) {
            in.append(Long.toHexString(Double.doubleToRawLongBits(c))).append(' ');
        }
        for (long seed : plan.streamSeed) {
            in.append(Long.toHexString(RngState.of(MemberStreams.train(seed)))).append(' ');
        }
        for (int[] ints : List.of(plan.memberStream, plan.memberMixing, plan.memberPair, initial.learnSigma,
                plan.pairStream, plan.pairMixing)) {
            for (int v : ints) {
                in.append(v).append(' ');
            }
        }
        for (float[] floats : List.of(initial.wIn, initial.wOut, initial.sigma)) {
            appendFloats(in, floats);
        }
        for (float[] mixing : plan.mixings) {
            appendFloats(in, mixing);
            for (double g : MixingGram.of(mixing, 100)) {
                in.append(Long.toHexString(Double.doubleToRawLongBits(g))).append(' ');
            }
        }
        for (int t = 0; t < group.steps(); t++) {
            appendFloats(in, schedule.adamScalars(t));
            int w = windows.windowEndingAt(t);
            in.append(w).append(' ').append(w >= 0 ? windows.length(w) : 0).append('\n');
        }
        return in.toString();
    }

    private static void appendFloats(StringBuilder in, float[] values) {
        for (float v : values) {
            in.append(Integer.toHexString(Float.floatToRawIntBits(v))).append(' ');
        }
        in.append('\n');
    }

    private static float[] floats(Scanner out, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = Float.intBitsToFloat((int) Long.parseLong(out.next(), 16));
        }
        return values;
    }

    private static double[] doubles(Scanner out, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Double.longBitsToDouble(Long.parseUnsignedLong(out.next(), 16));
        }
        return values;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path directory, String stdin) throws Exception {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            if (command.get(0).equals("g++")) {
                return new Result(-1, e.getMessage());
            }
            throw new UncheckedIOException(e);
        }
    }
}
