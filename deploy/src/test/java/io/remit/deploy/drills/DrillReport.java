package io.remit.deploy.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a drill did and counted, as Markdown: printed, and written to {@code <remit.drill.results>/<date>-<drill>.md}
 * when that system property names a folder (deploy/drills/run sets it).
 */
final class DrillReport {

    private final String drill;
    private final String title;
    private final ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
    private final List<String> timeline = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();

    DrillReport(String drill, String title) {
        this.drill = drill;
        this.title = title;
    }

    /** A moment of the drill, at milliseconds since the suite was ready. */
    String drill() {
        return drill;
    }

    void at(long millis, String what) {
        String line = String.format("| %.1f | %s |", millis / 1000.0, what);
        timeline.add(line);
        System.out.println("[drill] " + String.format("%7.1f s  %s", millis / 1000.0, what));
    }

    void section(String heading, String text) {
        body.append("\n## ").append(heading).append("\n\n").append(text).append('\n');
    }

    void clients(DecisionStream stream, long fromMillis, long toMillis) {
        StringBuilder text = new StringBuilder();
        text.append("Decisions sent: ").append(stream.sent()).append(", accepted: ").append(stream.accepted().size())
                .append(", given up: ").append(stream.givenUp().size()).append(".\n\n");
        text.append("| every attempt ended with | attempts | of which during the disruption |\n");
        text.append("| --- | ---: | ---: |\n");
        Map<String, Integer> all = stream.outcomes();
        all.forEach((outcome, count) -> text.append("| ").append(outcome).append(" | ").append(count).append(" | ")
                .append(stream.attempts().stream().filter(a -> a.outcome().equals(outcome))
                        .filter(a -> a.sentAtMillis() >= fromMillis && a.sentAtMillis() <= toMillis).count())
                .append(" |\n"));
        List<Duration> took = stream.attempts().stream().map(DecisionStream.Attempt::took).sorted().toList();
        List<Duration> disrupted = stream.attempts().stream()
                .filter(a -> a.sentAtMillis() >= fromMillis && a.sentAtMillis() <= toMillis)
                .map(DecisionStream.Attempt::took).sorted().toList();
        text.append("\nAttempt latency, all: p50 ").append(ms(percentile(took, 50))).append(", p99 ")
                .append(ms(percentile(took, 99))).append(", max ").append(ms(percentile(took, 100)))
                .append("; during the disruption: p50 ").append(ms(percentile(disrupted, 50))).append(", max ")
                .append(ms(percentile(disrupted, 100))).append(".\n");
        long fiveHundreds = stream.attempts().stream().filter(a -> a.status() >= 500 && a.status() != 503).count();
        long without = stream.attempts().stream().filter(a -> a.status() == 503 && !a.retryAfter()).count();
        text.append("5xx other than 503: ").append(fiveHundreds).append("; 503 without Retry-After: ").append(without)
                .append(".\n");
        stream.givenUp().stream().limit(10).forEach(g -> text.append("\n- given up: ").append(g));
        section("What the clients saw", text.toString());
    }

    void counts(DrillAccount account, double settledSeconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Caught up %.1f s after the last decision was accepted, then counted.%n%n",
                settledSeconds));
        text.append("| counted | expected | found | |\n| --- | ---: | ---: | --- |\n");
        account.checks().forEach(check -> text.append("| ").append(check.what()).append(" | ").append(check.expected())
                .append(" | ").append(check.counted()).append(" | ").append(check.holds() ? "ok" : "**WRONG**")
                .append(" |\n"));
        if (!account.findings().isEmpty()) {
            text.append('\n');
            account.findings().forEach(f -> text.append("- ").append(f).append('\n'));
        }
        section("Counts", text.toString());
    }

    /** Prints the report and writes it where deploy/drills/run asked; returns the Markdown. */
    String publish(String conditions) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# Drill: ").append(title).append(", ")
                .append(startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" UTC\n\n");
        markdown.append(conditions).append('\n');
        markdown.append("\n## Timeline\n\nSeconds since the suite was ready.\n\n| at (s) | what |\n| ---: | --- |\n");
        timeline.forEach(line -> markdown.append(line).append('\n'));
        markdown.append(body);
        String text = markdown.toString();
        System.out.println("[drill] report\n" + text);
        String folder = System.getProperty("remit.drill.results", "");
        if (!folder.isBlank()) {
            String date = startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE);
            Path file = Path.of(folder).resolve(date + "-" + drill + ".md");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                System.out.println("[drill] written to " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }

    private static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
