package io.remit.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the deployment files must agree with, read from a service's own application.properties (its source, so the
 * services need not be built): its port, the environment variables it cannot start without, and its topics.
 */
record RemitService(String name, int port, Set<String> requiredEnvironment, Set<String> publishedTopics,
                    Set<String> compactedTopics, Set<String> deadLetterTopics) {

    static final List<String> NAMES = List.of("team-service", "decision-service", "notification-service");

    /** Always supplied by the deployment, although application.properties has a local default for each. */
    static final Set<String> PRODUCTION_ENVIRONMENT = Set.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");

    /** An environment variable referenced without a default, e.g. ${REMIT_JWT_ISSUER}. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    static List<RemitService> all() {
        return NAMES.stream().map(RemitService::load).toList();
    }

    static RemitService named(String name) {
        return load(name);
    }

    static RemitService load(String name) {
        Path file = DeployFiles.ROOT.resolve(name).resolve("src/main/resources/application.properties");
        Properties properties = properties(file);
        Set<String> required = new TreeSet<>(PRODUCTION_ENVIRONMENT);
        Set<String> published = new TreeSet<>();
        Set<String> compacted = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("%")) {
                continue;
            }
            Matcher variable = REQUIRED_VARIABLE.matcher(value);
            while (variable.find()) {
                required.add(variable.group(1));
            }
            if (key.equals("remit.outbox.topics")) {
                for (String spec : value.split(",")) {
                    String[] parts = spec.trim().split(":");
                    published.add(parts[0]);
                    if (Arrays.asList(parts).contains("compact")) {
                        compacted.add(parts[0]);
                    }
                }
            }
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(value);
            }
        }
        String port = properties.getProperty("quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(name + " does not set quarkus.http.port");
        }
        return new RemitService(name, Integer.parseInt(port.trim()), required, published, compacted, deadLetters);
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
