package io.remit.deploy.e2e;

import io.remit.deploy.DeployFiles;
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
 * logs in {@code deploy/target/<logs>/}. {@link #close()} (also run by a JVM shutdown hook) stops them all. The drills
 * also stop and start the broker and kill and restart services in between.
 */
public final class RemitSuite implements AutoCloseable {

    public static final String TEAM = "team-service";
    public static final String DECISION = "decision-service";
    public static final String NOTIFICATION = "notification-service";
    public static final List<String> SERVICES = List.of(TEAM, DECISION, NOTIFICATION);

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
    private final Map<String, List<String>> commands = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Map<String, Integer> starts = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-suite-shutdown");
    private ChildProcess broker;
    private int brokerPort;
    private String bootstrapServers;
    private boolean stopped;

    private RemitSuite(Path root, TestDatabase database, String logs) {
        this.root = root;
        this.database = database;
        this.logDir = root.resolve("deploy/target").resolve(logs);
        try {
            this.workDir = Files.createTempDirectory("remit-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, found from the module's working directory. */
    public static Path repositoryRoot() {
        return RepositoryFiles.find("deploy/dev-keys/public-key.pem").getParent().getParent().getParent();
    }

    static Path runnableJar(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The services' runnable jars that are not there (the reactor packages them before this module). */
    public static List<Path> missingJars(Path root) {
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
        return start(root, database, notificationEnvironment, "e2e-logs");
    }

    /** As {@link #start(Path, TestDatabase, Map)}, with the logs in {@code deploy/target/<logs>/}. */
    public static RemitSuite start(Path root, TestDatabase database, Map<String, String> notificationEnvironment,
            String logs) {
        RemitSuite suite = new RemitSuite(root, database, logs);
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

    public String baseUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where the services keep their H2 files ({@code REMIT_DATA_DIR}). */
    public Path dataDir() {
        return workDir.resolve("data");
    }

    /** Where the processes' logs go ({@code deploy/target/<logs>/}). */
    public Path logDir() {
        return logDir;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public TestDatabase database() {
        return database;
    }

    /**
     * Prints why a story failed, for the build log: the failure, any details the story adds, then the last lines
     * and the first errors of every process.
     */
    public void reportFailure(String story, Throwable failure, String... details) {
        System.out.println("[e2e] FAILED (" + story + "): " + failure.getMessage());
        for (String detail : details) {
            System.out.println("[e2e] " + detail);
        }
        System.out.println(tails(80));
        System.out.print(firstErrors(3));
    }

    /** The last lines of every process's log, for a failure report. */
    public String tails(int lines) {
        List<ChildProcess> all = new ArrayList<>();
        if (broker != null) {
            all.add(broker);
        }
        all.addAll(services.values());
        return all.stream().map(process -> process.tail(lines)).collect(Collectors.joining("\n"));
    }

    /** Everything the service's current process has logged so far. */
    public String log(String service) {
        return services.get(service).log();
    }

    /**
     * The first few distinct ERROR lines of each service's log: usually the cause, where the tails show only effects.
     */
    public String firstErrors(int perService) {
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
        brokerPort = freePortPair();
        bootstrapServers = "127.0.0.1:" + brokerPort;
        launchBroker("kafka-broker.log");
    }

    private void launchBroker(String logName) {
        List<String> command = List.of(java(), "-Xmx384m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"),
                "io.remit.platform.testing.KafkaBrokerMain",
                "--port", String.valueOf(brokerPort),
                "--data-dir", workDir.resolve("kafka").toString(),
                "--topics", TOPICS);
        broker = ChildProcess.start("kafka-broker", command, Map.of(), workDir, logDir.resolve(logName));
        broker.awaitLogLine("Kafka broker ready", BROKER_START_TIMEOUT);
    }

    /** Stops the broker as an operator would (SIGTERM, clean shutdown); its data stays for {@link #restartBroker()}. */
    public void stopBroker() {
        broker.stop(STOP_GRACE);
    }

    /** Starts the broker again on the same ports with the same data, and waits until it listens. */
    public void restartBroker() {
        launchBroker("kafka-broker-" + next("kafka-broker") + ".log");
    }

    /** {@code kill -9}: the service gets no chance to finish anything it was doing. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a stopped or killed service again, as it was started (same port, data and settings), until ready. */
    public void restart(String service) {
        if (services.get(service).isAlive()) {
            throw new IllegalStateException(service + " still runs");
        }
        launch(service, service + "-" + next(service) + ".log");
        awaitReady(List.of(service));
    }

    /** Whether the service's process (the one started last) still runs. */
    public boolean isRunning(String service) {
        return services.get(service).isAlive();
    }

    /** Whether the service answers 200 on /q/health/ready now. */
    public boolean isReady(String service) {
        return ready(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), service);
    }

    private int next(String process) {
        return starts.merge(process, 1, Integer::sum) + 1;
    }

    private void startServices(Map<String, String> notificationEnvironment) {
        // Every port first: each service's console links to the others' pages.
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        for (String service : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
            env.put("REMIT_DATA_DIR", dataDir().toString());
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            env.put("REMIT_JWT_PUBLIC_KEY_LOCATION", "file:" + root.resolve("deploy/dev-keys/public-key.pem"));
            env.put("REMIT_JWT_ISSUER", JWT_ISSUER);
            env.putAll(consoleLinks());
            env.putAll(database.serviceEnvironment());
            if (service.equals(NOTIFICATION)) {
                env.putAll(notificationEnvironment);
            }
            // As deploy/run-local and the images run them.
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(DeployFiles.jvmOptions());
            command.addAll(List.of("-jar", runnableJar(root, service).toString()));
            commands.put(service, command);
            environments.put(service, env);
            launch(service, service + ".log");
        }
        awaitReady(SERVICES);
    }

    /**
     * The base URLs of each service's console pages, on the ports this suite gave them; all on one host, so that the
     * session cookie of one sign-in reaches every service's pages.
     */
    private Map<String, String> consoleLinks() {
        return Map.of("REMIT_CONSOLE_LINKS_TEAMS", baseUrl(TEAM),
                "REMIT_CONSOLE_LINKS_DECISIONS", baseUrl(DECISION),
                "REMIT_CONSOLE_LINKS_NOTIFICATIONS", baseUrl(NOTIFICATION));
    }

    /**
     * What turns on the console's dev sign-in (a user id and roles instead of a token), as {@code deploy/run-local}
     * does: the service signs such sessions with the dev key, the only key the suite's services trust.
     */
    public static Map<String, String> devSignIn(Path root) {
        return Map.of("REMIT_CONSOLE_DEV_SIGN_IN", "true",
                "REMIT_CONSOLE_DEV_KEY_LOCATION", "file:" + root.resolve("deploy/dev-keys/private-key.pem"));
    }

    private void launch(String service, String logName) {
        services.put(service, ChildProcess.start(service, commands.get(service), environments.get(service),
                workDir.resolve(service), logDir.resolve(logName)));
    }

    private void awaitReady(List<String> which) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> waiting = new ArrayList<>(which);
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
