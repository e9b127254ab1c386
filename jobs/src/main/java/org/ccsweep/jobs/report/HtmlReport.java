package org.ccsweep.jobs.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ccsweep.jobs.figures.Naive;

/** The report page: one self-contained HTML document, figures inlined as base64 PNG, and the claims table. */
public final class HtmlReport {
    private final List<URI> results;
    private final List<String> figures = new ArrayList<>();
    private final List<String> claims = new ArrayList<>();

    public HtmlReport(List<URI> results) {
        this.results = results;
    }

    public HtmlReport figure(String name, String caption, byte[] png) {
        figures.add("<figure id=\"" + escape(name) + "\"><img alt=\"" + escape(name) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"><figcaption>" + escape(caption) + "</figcaption></figure>");
        return this;
    }

    public HtmlReport skipped(String name, String needs) {
        figures.add("<p class=\"skipped\">" + escape(name) + ": not in these results (needs " + escape(needs) + ")</p>");
        return this;
    }

    /**
     * One row: the claim, the paper, ours, the verdict, the rule and the note (for a claim not judged, the
     * rows it needs; for one judged "no", by how much and why).
     */
    public HtmlReport claim(Claim claim, Optional<Finding> finding) {
        String ours = finding.map(Finding::ours).orElse("not in these results");
        String agrees = finding.map(f -> f.agrees() ? "yes" : "no").orElse("—");
        String note = finding.map(Finding::note).orElse("not judged: it needs " + claim.needs() + ", which these results lack");
        claims.add("<tr class=\"" + (finding.isEmpty() ? "absent" : agrees) + "\"><td>" + escape(claim.statement()) + "</td><td>"
                + escape(claim.paper()) + "</td><td>" + escape(ours) + "</td><td>" + agrees + "</td><td>" + escape(claim.rule())
                + "</td><td>" + escape(note) + "</td></tr>");
        return this;
    }

    public String html() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>ccsweep report</title>
                <style>
                body { font-family: sans-serif; max-width: 1000px; margin: 2em auto; color: #222; }
                table { border-collapse: collapse; font-size: 0.9em; }
                td, th { border: 1px solid #bbb; padding: 0.4em; vertical-align: top; text-align: left; }
                tr.yes td:nth-child(4) { background: #d8f0d8; } tr.no td:nth-child(4) { background: #f6d6d6; }
                tr.absent td:nth-child(3) { color: #888; font-style: italic; }
                tr.no td:nth-child(6) { background: #fbeaea; }
                figure { margin: 2em 0; } img { max-width: 100%%; } figcaption { font-size: 0.9em; }
                .skipped { color: #888; font-style: italic; }
                </style></head><body>
                <h1>Compressed Computation: the paper's claims against these results</h1>
                <p>Results: %s. Our numbers are seed means ± the half-width of their 95 %% interval
                (Student's t over seeds, as the <code>aggregates</code> view); n is the number of seeds.
                The naive baseline is L/p = 1/12 ≈ %s.</p>
                <h2>Claims</h2>
                <table><thead><tr><th>claim</th><th>the paper</th><th>ours (mean ± 95 %% interval)</th><th>agrees</th><th>rule</th><th>note: where ours disagrees, by how much and why</th></tr></thead>
                <tbody>
                %s
                </tbody></table>
                <h2>Figures</h2>
                %s
                </body></html>
                """.formatted(escape(results.toString()), Interval.fmt(Naive.LOSS_PER_FEATURE), String.join("\n", claims),
                String.join("\n", figures));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
