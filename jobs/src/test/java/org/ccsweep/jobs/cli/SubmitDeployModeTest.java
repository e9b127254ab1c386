package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ccsweep.jobs.cli.SparkSubmitStub.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/ccsweep-submit takes the master and deploy mode as spark-submit will: its flags, else --conf, else the
 * properties file. In cluster mode the driver reads the shipped sweep file from its working directory, so the
 * sweep argument is the file's name; a standalone master in cluster mode is refused, however it is asked for.
 */
class SubmitDeployModeTest {
    @TempDir
    Path tmp;

    @Test
    void theYarnPropertiesFileMeansClusterMode() throws Exception {
        Result run = SparkSubmitStub.submit(tmp, "--properties-file",
                SparkSubmitStub.ROOT.resolve("conf/cluster/yarn.conf").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).endsWith("sweep", "s.conf");
    }

    @Test
    void theFlagOverridesTheFileAndConfOverridesTheFile() throws Exception {
        String yarn = SparkSubmitStub.ROOT.resolve("conf/cluster/yarn.conf").toString();
        Result flag = SparkSubmitStub.submit(tmp, "--properties-file", yarn, "--deploy-mode", "client");
        assertThat(flag.out().lines().toList()).as(flag.err()).endsWith("sweep", tmp.resolve("s.conf").toString());
        Result conf = SparkSubmitStub.submit(tmp, "--properties-file", yarn, "--conf", "spark.submit.deployMode=client");
        assertThat(conf.out().lines().toList()).as(conf.err()).endsWith("sweep", tmp.resolve("s.conf").toString());
    }

    @Test
    void aStandaloneMasterInClusterModeIsRefusedHoweverItIsAsked() throws Exception {
        String standalone = SparkSubmitStub.ROOT.resolve("conf/cluster/standalone.conf").toString();
        for (String[] options : new String[][] {
                {"--properties-file", standalone, "--conf", "spark.submit.deployMode=cluster"},
                {"--properties-file", standalone, "--deploy-mode", "cluster"},
                {"--conf", "spark.master=spark://h:7077", "--conf", "spark.submit.deployMode=cluster"}}) {
            Result run = SparkSubmitStub.submit(tmp, options);
            assertThat(run.exit()).as(String.join(" ", options)).isEqualTo(2);
            assertThat(run.err()).contains("a standalone master cannot ship the sweep file to a driver it launches");
            assertThat(run.out()).isEmpty();
        }
    }
}
