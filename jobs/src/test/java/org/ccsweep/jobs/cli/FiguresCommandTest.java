package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FiguresCommandTest {
    @TempDir
    static Path results;
    static Cli cli;

    @BeforeAll
    static void draw() {
        SyntheticResults.write(results);
        cli = Cli.run("figures", results.toString());
    }

    @Test
    void drawsTheFiguresTheResultsSupportIntoResultsFigures() throws Exception {
        assertThat(cli.exit()).as(cli.err()).isZero();
        for (String name : new String[] {"fig2-profiles", "fig5-left-kinds", "fig5-right-sigma"}) {
            BufferedImage png = ImageIO.read(results.resolve("figures/" + name + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(900);
            assertThat(png.getHeight()).isEqualTo(600);
            assertThat(distinctColours(png)).as(name + " is not blank").isGreaterThan(20);
            Document svg = svgParser().newDocumentBuilder().parse(results.resolve("figures/" + name + ".svg").toFile());
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(svg.getDocumentElement().getTextContent()).contains("naive baseline");
        }
    }

    @Test
    void skipsWithOneLineEachTheFiguresWhoseRowsAreAbsent() {
        assertThat(cli.out()).contains("fig6-transplant: skipped, the results have no transplant runs",
                "fig9-semi-nmf: skipped, the results have no semi-nmf baselines");
        assertThat(results.resolve("figures/fig6-transplant.png")).doesNotExist();
    }

    @Test
    void missingResultsDirectoryExitsTwoNamingIt() {
        Path missing = results.resolve("nope");
        Cli bad = Cli.run("figures", missing.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("ccsweep figures: " + missing + ": no such results directory" + System.lineSeparator());
    }

    @Test
    void aDirectoryWithoutRunsIsNotAResultsDirectory() throws Exception {
        Path empty = Files.createDirectories(results.resolve("empty"));
        Cli bad = Cli.run("figures", empty.toString(), "--out", results.resolve("elsewhere").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(empty + " is not a results directory (no runs/ in it)");
        assertThat(results.resolve("elsewhere")).doesNotExist();
    }

    /** Parses without fetching the SVG 1.1 DTD its DOCTYPE names (the tests run offline). */
    private static DocumentBuilderFactory svgParser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
