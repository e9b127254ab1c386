package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccsweep.jobs.testing.SyntheticResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final Pattern ROW = Pattern.compile("<tr class=\"(yes|no|absent)\"><td>(.*?)</td><td>.*?</td><td>(.*?)</td>");

    @TempDir
    static Path results;
    static Cli cli;
    static String html;

    @BeforeAll
    static void report() throws Exception {
        SyntheticResults.write(results);
        cli = Cli.run("report", results.toString(), "--out", results.resolve("out/report.html").toString());
        html = Files.readString(results.resolve("out/report.html"));
    }

    @Test
    void oneRowPerClaimJudgedWhereTheResultsHoldItsRows() {
        assertThat(cli.exit()).as(cli.err()).isZero();
        List<String> classes = rows().stream().map(m -> m[0]).toList();
        assertThat(classes).containsExactly("yes", "yes", "yes", "absent", "absent", "absent", "absent", "absent");
        assertThat(rows().get(4)[2]).isEqualTo("not in these results");
    }

    @Test
    void numbersAreTheSeedMeansWithTheir95PercentHalfWidths() {
        // Seeds add 0, 0.001, 0.002: std 0.001, half-width t(0.975, 2) · 0.001 / √3 = 4.3027 · 0.000577 = 0.00248.
        assertThat(rows().get(0)[2]).isEqualTo("L/p at p = 0.01: clean 0.0845 ± 0.00248 (n = 3); "
                + "best M ≠ 0 (symmetric, σ = 0.04) 0.0660 ± 0.00248 (n = 3)");
        assertThat(rows().get(2)[2]).contains("0.0710 ± 0.00248 (n = 3)", "0.131 ± 0.00248 (n = 3) vs 0.0570 ± 0.00248 (n = 3)");
    }

    @Test
    void selfContainedWithEveryDrawnFigureInlined() {
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4);
        assertThat(html).doesNotContain("src=\"http", "href=\"http", "<link");
        assertThat(html).contains("fig6-transplant: not in these results");
    }

    @Test
    void reportNeedsEveryResultsDirectoryToExist() {
        Cli bad = Cli.run("report", results.toString(), results.resolve("gone").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("ccsweep report: " + results.resolve("gone") + ": no such results directory"
                + System.lineSeparator());
    }

    private static List<String[]> rows() {
        Matcher m = ROW.matcher(html);
        List<String[]> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return rows;
    }
}
