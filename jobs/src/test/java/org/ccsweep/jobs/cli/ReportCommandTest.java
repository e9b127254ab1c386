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
        assertThat(classes).containsExactly("yes", "yes", "yes", "absent", "absent", "absent", "absent", "absent", "absent",
                "absent", "absent", "absent", "absent", "absent");
        assertThat(rows().get(4)[2]).isEqualTo("not in these results");
    }

    @Test
    void numbersAreTheSeedMeansWithTheir95PercentHalfWidths() {
        // Seeds add 0, 0.001, 0.002: std 0.001, half-width t(0.975, 2) · 0.001 / √3 = 4.3027 · 0.000577 = 0.00248.
        assertThat(rows().get(0)[2]).isEqualTo("L/p at p = 0.01: clean 0.0845 ± 0.00248 (n = 3), gain over its naive line "
                + "0.0833 -0.00117 ± 0.00248 (n = 3); best M ≠ 0 (symmetric, σ = 0.04) 0.0660 ± 0.00248 (n = 3), gain 0.0173 ± 0.00248 (n = 3); "
                + "clean gain / M ≠ 0 gain = -6.7 % [-25 %, 8.9 %]");
        assertThat(rows().get(2)[2]).contains("0.0710 ± 0.00248 (n = 3)", "0.131 ± 0.00248 (n = 3) vs 0.0570 ± 0.00248 (n = 3)");
    }

    @Test
    void everyRowNotJudgedSaysWhatItNeeds() {
        List<String> notes = notes();
        assertThat(notes).hasSize(14);
        assertThat(notes.get(3)).isEqualTo("not judged: it needs analysed models with M ≠ 0 of a sweep analysing one "
                + "p_train (conf/paper/fig7-8.conf), which these results lack");
        for (int i = 3; i < 14; i++) {
            assertThat(notes.get(i)).startsWith("not judged: it needs ").contains(i < 8 ? "conf/paper/" : "conf/beyond/")
                    .endsWith(", which these results lack");
        }
        assertThat(notes.get(1)).isEmpty();
    }

    @Test
    void saysWhichClaimsTheseResultsJudgeAndGroupsThemByFamily() {
        assertThat(html).contains("These results judge 3 of the 14 claims: The sparse-regime advantage over the naive baseline "
                + "vanishes at M = 0.");
        assertThat(html).contains("Not judged, for lack of the runs each row names:");
        assertThat(html).contains("<h2>Compressed Computation (Bhagat et al. 2025)</h2>");
        assertThat(html.indexOf("<h2>Compressed Computation")).isLessThan(html.indexOf("<table>"));
        assertThat(html.indexOf("<h2>Toy Models of Superposition (Elhage et al. 2022)</h2>"))
                .isGreaterThan(html.indexOf("<h2>Compressed Computation"));
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

    /** The last cell of each claim row. */
    private static List<String> notes() {
        Matcher m = Pattern.compile("<tr class=\"(?:yes|no|absent)\">(?:<td>.*?</td>){5}<td>(.*?)</td></tr>").matcher(html);
        List<String> notes = new java.util.ArrayList<>();
        while (m.find()) {
            notes.add(m.group(1));
        }
        return notes;
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
