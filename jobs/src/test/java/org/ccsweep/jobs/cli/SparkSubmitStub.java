package org.ccsweep.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs submit/ccsweep-submit against a stand-in spark-submit (in {@code dir}) that prints the arguments it was given,
 * one per line, for a sweep file s.conf in {@code dir}.
 */
final class SparkSubmitStub {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private SparkSubmitStub() {
    }

    record Result(int exit, String out, String err) {
    }

    static Result submit(Path dir, String... options) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("spark/bin"));
        Path sparkSubmit = Files.writeString(bin.resolve("spark-submit"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(sparkSubmit, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "");
        Path sweep = Files.writeString(dir.resolve("s.conf"), "sweep.name = s\n");
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("submit/ccsweep-submit").toString(),
                "--jar", jar.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("sweep", sweep.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SPARK_HOME", dir.resolve("spark").toString());
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }
}
