package org.ccsweep.jobs.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccsweep.jobs.figures.Section;

/**
 * The report page: one self-contained HTML document, figures inlined as base64 PNG. Its top says which
 * claims these results can judge; then a section per family of toy models (the CC paper's, ...), each
 * with its claims table and its figures.
 */
public final class HtmlReport {
    private final List<URI> results;
    private final Map<Section, Part> parts = new LinkedHashMap<>();
    private final List<String> judged = new ArrayList<>();
    private final List<String> unjudged = new ArrayList<>();

    /** One section's claim rows and figures, as HTML. */
    private record Part(List<String> claims, List<String> figures) {
    }

    public HtmlReport(List<URI> results) {
        this.results = results;
    }

    public HtmlReport figure(Section section, String name, String caption, byte[] png) {
        part(section).figures().add("<figure id=\"" + escape(name) + "\"><img alt=\"" + escape(name)
                + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"><figcaption>"
                + escape(caption) + "</figcaption></figure>");
        return this;
    }

    public HtmlReport skipped(Section section, String name, String needs) {
        part(section).figures().add("<p class=\"skipped\">" + escape(name) + ": not in these results (needs " + escape(needs)
                + ")</p>");
        return this;
    }

    /**
     * One row of the claim's section: the claim, the paper, ours, the verdict, the rule and the note (for a
     * claim not judged, the rows it needs; for one judged "no", by how much and why).
     */
    public HtmlReport claim(Claim claim, Optional<Finding> finding) {
        String ours = finding.map(Finding::ours).orElse("not in these results");
        String agrees = finding.map(f -> f.agrees() ? "yes" : "no").orElse("—");
        String note = finding.map(Finding::note).orElse("not judged: it needs " + claim.needs() + ", which these results lack");
        part(claim.section()).claims().add("<tr class=\"" + (finding.isEmpty() ? "absent" : agrees) + "\"><td>"
                + escape(claim.statement()) + "</td><td>" + escape(claim.paper()) + "</td><td>" + escape(ours) + "</td><td>"
                + agrees + "</td><td>" + escape(claim.rule()) + "</td><td>" + escape(note) + "</td></tr>");
        (finding.isPresent() ? judged : unjudged).add(claim.statement());
        return this;
    }

    private Part part(Section section) {
        return parts.computeIfAbsent(section, s -> new Part(new ArrayList<>(), new ArrayList<>()));
    }

    public String html() {
        StringBuilder sections = new StringBuilder();
        parts.forEach((section, part) -> {
            sections.append("<h2>").append(escape(section.title())).append("</h2>\n<p>").append(escape(section.intro()))
                    .append("</p>\n");
            if (!part.claims().isEmpty()) {
                sections.append("""
                        <table><thead><tr><th>claim</th><th>the paper</th><th>ours (mean ± 95 % interval)</th><th>agrees</th><th>rule</th><th>note: where ours disagrees, by how much and why</th></tr></thead>
                        <tbody>
                        """).append(String.join("\n", part.claims())).append("\n</tbody></table>\n");
            }
            if (!part.figures().isEmpty()) {
                sections.append("<h3>Figures</h3>\n").append(String.join("\n", part.figures())).append('\n');
            }
        });
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
                <h1>The papers' claims against these results</h1>
                <p>Results: %s. Our numbers are seed means ± the half-width of their 95 %% interval
                (Student's t over seeds, as the <code>aggregates</code> view); n is the number of seeds.</p>
                <p class="judged">These results judge %d of the %d claims%s%s</p>
                %s</body></html>
                """.formatted(escape(results.toString()), judged.size(), judged.size() + unjudged.size(),
                judged.isEmpty() ? "" : ": " + escape(String.join(" ", judged)),
                unjudged.isEmpty() ? "." : " Not judged, for lack of the runs each row names: " + escape(String.join(" ", unjudged)),
                sections);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
