package io.remit.deploy.drills;

import io.remit.deploy.e2e.RemitSuite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Asks every service's readiness and liveness once a second while a drill runs, and keeps every answer, so the report
 * says which probe was not UP, and when. A probe a load balancer or Kubernetes would act on: readiness takes a replica
 * out of the load balancer, failed liveness restarts it.
 */
final class HealthProbes implements AutoCloseable {

    static final String READY = "ready";
    static final String LIVE = "live";
    /** As long as a Kubernetes probe waits by default (timeoutSeconds 1) and a little more, for a loaded machine. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    /** One probe's answer: UP, DOWN (a 503 from the health check) or what else came back. */
    record Answer(long atMillis, String service, String probe, String status) {

        boolean up() {
            return status.equals("UP");
        }
    }

    private final RemitSuite suite;
    private final LongSupplier clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    /** One thread per probe, so a probe that hangs (a service busy waiting for its database) delays no other. */
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(
            RemitSuite.SERVICES.size() * 2, r -> {
                Thread thread = new Thread(r, "drill-health-probes");
                thread.setDaemon(true);
                return thread;
            });

    private HealthProbes(RemitSuite suite, LongSupplier clock) {
        this.suite = suite;
        this.clock = clock;
    }

    /** Starts probing now; {@code clock} gives the drill's milliseconds, as the timeline counts them. */
    static HealthProbes start(RemitSuite suite, LongSupplier clock) {
        HealthProbes probes = new HealthProbes(suite, clock);
        for (String service : RemitSuite.SERVICES) {
            for (String probe : List.of(READY, LIVE)) {
                probes.timer.scheduleAtFixedRate(() -> probes.probe(service, probe), 0, 1, TimeUnit.SECONDS);
            }
        }
        return probes;
    }

    private void probe(String service, String probe) {
        long at = clock.getAsLong();
        String status = ask(service, probe);
        if (status != null) {
            answers.add(new Answer(at, service, probe, status));
        }
    }

    private String ask(String service, String probe) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.baseUrl(service) + "/q/health/" + probe))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return switch (status) {
                case 200 -> "UP";
                case 503 -> "DOWN";
                default -> "HTTP " + status;
            };
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null; // the drill stopped probing: no answer to keep
        }
    }

    /** Every answer of this probe that was not UP, by the time it was asked. */
    List<Answer> notUp(String probe) {
        return sorted().stream().filter(a -> a.probe().equals(probe) && !a.up()).toList();
    }

    /** The answers of this probe asked between the two moments (drill milliseconds), by the time it was asked. */
    List<Answer> between(String probe, long fromMillis, long toMillis) {
        return sorted().stream().filter(a -> a.probe().equals(probe))
                .filter(a -> a.atMillis() >= fromMillis && a.atMillis() <= toMillis).toList();
    }

    private List<Answer> sorted() {
        return answers.stream().sorted(Comparator.comparingLong(Answer::atMillis)).toList();
    }

    /** A Markdown table: per service and probe, how often asked, how often not UP, and when. */
    String summary() {
        StringBuilder text = new StringBuilder("Each service's `/q/health/ready` and `/q/health/live`, asked once a "
                + "second from the start of the stream to the count, each probe on its own; one not answered within "
                + PROBE_TIMEOUT.toSeconds() + " s counts as not UP.\n\n"
                + "| service | probe | asked | not UP | first not UP (s) | last not UP (s) | answers not UP |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (String service : RemitSuite.SERVICES) {
            for (String probe : List.of(READY, LIVE)) {
                List<Answer> mine = sorted().stream()
                        .filter(a -> a.service().equals(service) && a.probe().equals(probe)).toList();
                List<Answer> down = mine.stream().filter(a -> !a.up()).toList();
                text.append("| ").append(service).append(" | ").append(probe).append(" | ").append(mine.size())
                        .append(" | ").append(down.size()).append(" | ")
                        .append(down.isEmpty() ? "" : seconds(down.get(0).atMillis())).append(" | ")
                        .append(down.isEmpty() ? "" : seconds(down.get(down.size() - 1).atMillis())).append(" | ")
                        .append(String.join(", ", down.stream().map(Answer::status).distinct().toList()))
                        .append(" |\n");
            }
        }
        return text.toString();
    }

    private static String seconds(long millis) {
        return String.format("%.1f", millis / 1000.0);
    }

    /** Stops probing and waits for the probes under way, so the answers no longer change. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
