package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/gpu-discovery.sh, run with a fake nvidia-smi first on PATH: it prints the JSON Spark's resource
 * discovery reads, Spark itself (a driver discovering its GPUs with the script, as executors and workers
 * do) finds every GPU nvidia-smi lists, and without nvidia-smi, or when it fails, the script fails saying why.
 */
class GpuDiscoveryScriptTest {
    private static final Path SCRIPT = Path.of("../submit/gpu-discovery.sh").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void printsOneAddressPerIndex() throws Exception {
        Result result = run(withNvidiaSmi("printf '  0\\n  1\\n 2\\n3\\n'"));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("{\"name\":\"gpu\",\"addresses\":[\"0\",\"1\",\"2\",\"3\"]}\n");
    }

    @Test
    void sparkFindsEveryGpuThroughIt() throws Exception {
        Path script = executable(tmp.resolve("discover.sh"), "#!/bin/sh\nPATH=\"" + withNvidiaSmi("printf '0\\n1\\n'")
                + ":$PATH\" exec \"" + SCRIPT + "\"\n");
        if (SparkSession.getDefaultSession().isDefined()) {
            SparkSession.getDefaultSession().get().stop();
        }
        SparkConf conf = new SparkConf().setMaster("local[1]").setAppName("gpu-discovery-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.resource.gpu.amount", "2")
                .set("spark.driver.resource.gpu.discoveryScript", script.toString());
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            ResourceInformation gpu = spark.resources().get("gpu");
            assertThat(gpu.name()).isEqualTo("gpu");
            assertThat(gpu.addresses()).containsExactly("0", "1");
        }
    }

    @Test
    void failsSayingWhyWithoutOrWithABrokenNvidiaSmi() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : new String[] {"bash", "sed", "paste"}) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of(which(tool)));
        }
        Result missing = run(bin);
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("gpu-discovery: nvidia-smi not found");

        Result broken = run(withNvidiaSmi("echo 'NVIDIA-SMI has failed' >&2; exit 9"));
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).contains("NVIDIA-SMI has failed");
    }

    /** A directory with an nvidia-smi that runs {@code body} for the index query and fails on any other. */
    private Path withNvidiaSmi(String body) throws IOException {
        Path bin = Files.createTempDirectory(tmp, "bin");
        executable(bin.resolve("nvidia-smi"), "#!/bin/sh\n[ \"$*\" = \"--query-gpu=index --format=csv,noheader\" ]"
                + " || { echo \"unexpected arguments: $*\" >&2; exit 3; }\n" + body + "\n");
        return bin;
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** Runs the script with {@code bin} first on PATH (alone on it when it holds bash). */
    private static Result run(Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString());
        String path = Files.exists(bin.resolve("bash")) ? bin.toString() : bin + ":" + System.getenv("PATH");
        pb.environment().put("PATH", path);
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private static String which(String tool) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        String found = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(tool + " on PATH").isZero();
        return found;
    }

    private record Result(int exit, String out, String err) {
    }
}
