package io.remit.deploy.e2e;

import io.remit.platform.testing.RepositoryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The suite as separate processes: a Kafka broker ({@code KafkaBrokerMain}) and the three packaged services
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}), each on free ports, with data in a temporary directory and
 * logs in {@code deploy/target/e2e-logs/}. {@link #close()} (also run by a JVM shutdown hook) stops them all.
 */
final class RemitSuite implements AutoCloseable {

    static final String TEAM = "team-service";
    static final String DECISION = "decision-service";
    static final String NOTIFICATION = "notification-service";
    static final List<String> SERVICES = List.of(TEAM, DECISION, NOTIFICATION);

    static final String TOPICS = "remit.team.events.v1:compact,remit.decision.events.v1,remit.notification.events.v1";
    static final String JWT_ISSUER = "https://remit.local/dev";

    private static final Duration BROKER_START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Path root;
    private final Path workDir;
    private final Path logDir;
    private final TestDatabase database;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-suite-shutdown");
    private ChildProcess broker;
    private String bootstrapServers;
    private boolean stopped;

    private RemitSuite(Path root, TestDatabase database) {
        this.root = root;
        this.database = database;
        this.logDir = root.resolve("deploy/target/e2e-logs");
        try {
            this.workDir = Files.createTempDirectory("remit-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, found from the module's working directory. */
    static Path repositoryRoot() {
        return RepositoryFiles.find("deploy/dev-keys/public-key.pem").getParent().getParent().getParent();
    }

    static Path runnableJar(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The services' runnable jars that are not there (the reactor packages them before this module). */
    static List<Path> missingJars(Path root) {
        return SERVICES.stream().map(service -> runnableJar(root, service)).filter(jar -> !Files.isRegularFile(jar))
                .toList();
    }

    /**
     * Starts the broker, then the services (side by side), and waits until each is ready.
     *
     * @param notificationEnvironment what notification-service needs besides the common settings (webhook secret,
     *        mailer)
     */
    static RemitSuite start(Path root, TestDatabase database, Map<String, String> notificationEnvironment) {
        RemitSuite suite = new RemitSuite(root, database);
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            suite.checkBuiltFor(database);
            suite.startBroker();
            suite.startServices(notificationEnvironment);
            return suite;
        } catch (RuntimeException | Error e) {
            System.out.println(suite.tails(60));
            suite.close();
            throw e;
        }
    }

    String baseUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where the services keep their H2 files ({@code REMIT_DATA_DIR}). */
    Path dataDir() {
        return workDir.resolve("data");
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    TestDatabase database() {
        return database;
    }

    /** The last lines of every process's log, for a failure report. */
    String tails(int lines) {
        List<ChildProcess> all = new ArrayList<>();
        if (broker != null) {
            all.add(broker);
        }
        all.addAll(services.values());
        return all.stream().map(process -> process.tail(lines)).collect(Collectors.joining("\n"));
    }

    /** The first few distinct ERROR lines of each service's log: usually the cause, where the tails show only effects. */
    String firstErrors(int perService) {
        StringBuilder report = new StringBuilder();
        services.forEach((service, process) -> {
            List<String> errors = process.log().lines().filter(line -> line.contains(" ERROR "))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) + "..." : line)
                    .distinct().limit(perService).toList();
            if (!errors.isEmpty()) {
                report.append("[e2e] first errors of ").append(service).append(":\n");
                errors.forEach(line -> report.append("    ").append(line).append('\n'));
            }
        });
        return report.toString();
    }

    /** The database kind is fixed when a service is built: refuse to run a PostgreSQL pass on H2 builds and back. */
    private void checkBuiltFor(TestDatabase database) {
        for (String service : SERVICES) {
            String kind = builtDbKind(service);
            if (!database.dbKind().equals(kind)) {
                throw new IllegalStateException(service + " was packaged for database kind '" + kind
                        + "', but this run uses " + database + ": package the services for it first ("
                        + (database.postgres() ? "mvn install -DskipTests -Ppostgres" : "mvn install -DskipTests")
                        + ")");
            }
        }
    }

    private String builtDbKind(String service) {
        Path appDir = root.resolve(service).resolve("target/quarkus-app/app");
        try (Stream<Path> jars = Files.list(appDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    var entry = file.getEntry("application.properties");
                    if (entry != null) {
                        Properties properties = new Properties();
                        try (InputStream in = file.getInputStream(entry)) {
                            properties.load(in);
                        }
                        return properties.getProperty("quarkus.datasource.db-kind", "?").trim();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged " + service, e);
        }
        return "?";
    }

    private void startBroker() {
        int port = freePortPair();
        bootstrapServers = "127.0.0.1:" + port;
        List<String> command = List.of(java(), "-Xmx384m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"),
                "io.remit.platform.testing.KafkaBrokerMain",
                "--port", String.valueOf(port),
                "--data-dir", workDir.resolve("kafka").toString(),
                "--topics", TOPICS);
        broker = ChildProcess.start("kafka-broker", command, Map.of(), workDir, logDir.resolve("kafka-broker.log"));
        broker.awaitLogLine("Kafka broker ready", BROKER_START_TIMEOUT);
    }

    private void startServices(Map<String, String> notificationEnvironment) {
        for (String service : SERVICES) {
            int port = freePort();
            ports.put(service, port);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("REMIT_DATA_DIR", dataDir().toString());
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            env.put("REMIT_JWT_PUBLIC_KEY_LOCATION", "file:" + root.resolve("deploy/dev-keys/public-key.pem"));
            env.put("REMIT_JWT_ISSUER", JWT_ISSUER);
            env.putAll(database.serviceEnvironment());
            if (service.equals(NOTIFICATION)) {
                env.putAll(notificationEnvironment);
            }
            List<String> command = List.of(java(), "-Xmx256m", "-jar", runnableJar(root, service).toString());
            services.put(service, ChildProcess.start(service, command, env, workDir.resolve(service),
                    logDir.resolve(service + ".log")));
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> waiting = new ArrayList<>(SERVICES);
        while (!waiting.isEmpty()) {
            for (String service : List.copyOf(waiting)) {
                ChildProcess process = services.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " ended before it was ready");
                }
                if (ready(http, service)) {
                    waiting.remove(service);
                }
            }
            if (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Not ready within " + READY_TIMEOUT + ": " + waiting);
                }
                ChildProcess.sleep(250);
            }
        }
    }

    private boolean ready(HttpClient http, String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already; the hook has run or runs stopAll(), which is idempotent.
        }
        deleteRecursively(workDir);
    }

    /** Services first (side by side, so their shutdowns overlap), then the broker they were talking to. */
    private synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        services.values().forEach(ChildProcess::requestStop);
        services.values().forEach(process -> process.stop(STOP_GRACE));
        if (broker != null) {
            broker.stop(STOP_GRACE);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose successor is free too: KafkaBrokerMain puts its controller on port + 1. */
    private static int freePortPair() {
        for (int i = 0; i < 50; i++) {
            int port = freePort();
            if (port < 65535) {
                try (ServerSocket next = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException e) {
                    // taken: try another
                }
            }
        }
        throw new IllegalStateException("No two adjacent free ports found");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.out.println("[e2e] could not delete " + dir + ": " + e);
        }
    }
}
