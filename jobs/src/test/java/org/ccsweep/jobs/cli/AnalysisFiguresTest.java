package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisFiguresTest {
    @TempDir
    static Path results;
    static Cli cli;

    @BeforeAll
    static void draw() {
        SyntheticResults.write(results);
        SyntheticResults.writeAnalysed(results);
        cli = Cli.run("figures", results.toString());
    }

    @Test
    void drawsTheAnalysisFiguresFromTheAnalysisTables() throws Exception {
        assertThat(cli.exit()).as(cli.err()).isZero();
        for (String name : new String[] {"fig3-responses-sparse", "fig3-responses-dense", "fig4-weight-bars-sparse",
                "fig4-weight-bars-dense", "fig7-alignment", "fig7-projections", "fig8-entries"}) {
            BufferedImage png = ImageIO.read(results.resolve("figures/" + name + ".png").toFile());
            int height = name.equals("fig7-projections") ? 1000 : 600;
            assertThat(png.getWidth()).as(name).isEqualTo(900);
            assertThat(png.getHeight()).as(name).isEqualTo(height);
            assertThat(java.util.stream.IntStream.range(0, 900 * height).map(i -> png.getRGB(i % 900, i / 900)).distinct().count())
                    .as(name + " is not blank").isGreaterThan(20);
            assertThat(results.resolve("figures/" + name + ".svg")).isNotEmptyFile();
        }
    }

    @Test
    void skipsWithOneLineEachTheFiguresWithoutBaselinesOrLowRankRuns() {
        assertThat(cli.out()).contains("fig10-left-offset-scan: skipped, the results have no offset scans",
                "fig10-right-offset-profile: skipped, the results have no naive-offset baselines",
                "rank-loss: skipped, the results have no low-rank runs with one_active_loss_per_feature",
                "rank-gain: skipped, the results have no low-rank runs with one_active_loss_per_feature",
                "rank-sigma: skipped, the results have no low-rank runs");
    }
}
