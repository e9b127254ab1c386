package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/ccsweep on a machine whose ~/.m2 lacks dependencies: the offline build it tries first fails,
 * the online one builds, and the user sees no "[ERROR] ... offline mode". The script runs on a copy of
 * the repository's layout with a stand-in mvn (failing offline, building online or failing with a
 * compilation error) and a stand-in java.
 */
class SubmitScriptTest {
    @TempDir
    Path tmp;
    Path root;
    Path bin;

    @BeforeEach
    void layout() throws IOException {
        root = tmp.resolve("repo");
        for (String dir : new String[] {"submit", "model/src/main", "jobs/src/main"}) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.copy(Path.of("../submit/ccsweep"), root.resolve("submit/ccsweep"));
        Files.copy(Path.of("../submit/openblas-coretype"), root.resolve("submit/openblas-coretype"));
        Files.writeString(root.resolve("pom.xml"), "<spark.opens>-Dopens=1</spark.opens>\n<vector.module>-Dvector=1</vector.module>\n");
        Files.writeString(root.resolve("model/pom.xml"), "");
        Files.writeString(root.resolve("jobs/pom.xml"), "");
        bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        script(bin.resolve("java"), "echo \"java ran: ${*: -2}\"");
    }

    @Test
    void aFailedOfflineAttemptIsSilentAndTheOnlineBuildRuns() throws Exception {
        mvn("""
                if [[ " $* " == *" -o "* ]]; then echo "[ERROR] Failed to execute goal: Cannot access central in offline mode"; exit 1; fi
                mkdir -p "$ROOT/jobs/target/classes" "$ROOT/model/target/classes"; touch "$ROOT/jobs/target/classpath.txt"
                """);
        Result run = run("sql", "results", "SELECT 1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("java ran: results SELECT 1\n");
        assertThat(run.err()).contains("[ccsweep] building (sources changed or no build yet)...",
                "[ccsweep] building online").doesNotContain("offline mode", "[ERROR]");
        assertThat(root.resolve("jobs/target/.ccsweep-built")).exists();
    }

    @Test
    void aBuildThatFailsOnlineShowsThatFailureOnceAndStops() throws Exception {
        mvn("""
                if [[ " $* " == *" -o "* ]]; then echo "[ERROR] COMPILATION ERROR: Foo.java:[3,1] ';' expected"; exit 1; fi
                echo "[ERROR] COMPILATION ERROR: Foo.java:[3,1] ';' expected" >&2; exit 1
                """);
        Result run = run("sql", "results", "SELECT 1");
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().split("COMPILATION ERROR", -1)).hasSize(2);
        assertThat(root.resolve("jobs/target/.ccsweep-built")).doesNotExist();
    }

    private void mvn(String body) throws IOException {
        script(bin.resolve("mvn"), "ROOT=\"" + root + "\"\n" + body);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = root.resolve("submit/ccsweep").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", bin.getParent().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }
}
