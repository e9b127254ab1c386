package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sql as the user runs it, in its own JVM: statements piped in, and nothing left in the working directory. */
class SqlProcessTest {
    @TempDir
    Path tmp;

    @Test
    void pipedStatementsRunAndNoSparkWarehouseIsLeftBehind() throws Exception {
        Path results = tmp.resolve("results");
        SyntheticResults.write(results);
        Path work = Files.createDirectories(tmp.resolve("work"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D") || a.startsWith("-Xmx")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "sql", results.toString()));
        Process sql = new ProcessBuilder(command).directory(work.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = sql.getOutputStream()) {
            in.write("SELECT count(*) AS runs FROM runs;\nSHOW TABLES LIKE 'weight*';\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(sql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sql.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(sql.exitValue()).isZero();
        assertThat(out).isEqualTo(String.join(System.lineSeparator(), "runs", "21", "", "namespace,tableName,isTemporary",
                ",weight_bars,true", ",weights,true") + System.lineSeparator());
        try (var left = Files.list(work)) {
            assertThat(left.toList()).as("what sql left in its working directory").isEmpty();
        }
    }
}
