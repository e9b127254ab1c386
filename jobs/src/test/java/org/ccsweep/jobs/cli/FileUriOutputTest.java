package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccsweep.jobs.testing.TinySweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output given as a Hadoop URI (file:///...) is written and queried through Hadoop's FileSystem. */
class FileUriOutputTest {
    @TempDir
    Path tmp;

    @Test
    void sweepWritesToAFileUriAndSqlReadsItBack() {
        Path conf = TinySweeps.write(tmp, TinySweeps.TINY + "sweep.seeds = [0]\n");
        String uri = "file://" + tmp.resolve("by-uri");
        Cli sweep = Cli.run("sweep", conf.toString(), "--set", "sweep.output=\"" + uri + "\"");
        assertThat(sweep.exit()).as(sweep.err()).isZero();
        assertThat(tmp.resolve("by-uri/runs")).isDirectoryContaining("glob:**/part-000000.parquet");

        Cli sql = Cli.run("sql", uri, "SELECT status, count(*) FROM runs JOIN weights USING (run_id) GROUP BY status");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(sql.out().lines().toList()).containsExactly("status,count(1)", "ok,1");
    }
}
