package io.remit.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) running inside the current JVM.
 *
 * <p>Ports are fixed when the object is built, so {@link #stop()} followed by {@link #start()} brings the broker
 * back on the same address with the same data: that is how tests simulate an outage.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Partitions of a declared topic unless its spec says otherwise (see {@link #createTopics(String)}). */
    public static final int DEFAULT_PARTITIONS = 3;

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final ConcurrentMap<String, Object> JVM_SHARED = new ConcurrentHashMap<>();

    // Kafka logs hundreds of INFO lines per start; keep warnings. The references stop the loggers (and so
    // their levels) from being garbage collected.
    private static final List<java.util.logging.Logger> QUIETED = quietKafkaLogging();

    static {
        // On a fatal error (a port taken, a broken log directory) Kafka halts the JVM without a word, which in a
        // test JVM shows up only as Surefire's "forked VM terminated without saying goodbye". Throw instead, so
        // start() fails with the cause; KafkaBrokerMain restores the halting for its own process.
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka hit a fatal error (logged above) and would have halted the JVM"
                    + (message == null ? "" : ": " + message));
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka hit a fatal error (logged above) and would have ended the JVM"
                    + (message == null ? "" : ": " + message));
        });
    }

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final int port;
    private final int controllerPort;

    /**
     * A broker on the given data directory, formatted on first start and kept afterwards.
     *
     * @param port the client port, or 0 for a free one
     * @param controllerPort the KRaft controller port, or 0 for a free one. A directory that is reused across
     *        processes should keep the same controller port, since the quorum voters are derived from it.
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort) {
        this(dataDir, false, port, controllerPort);
    }

    private EmbeddedKafkaBroker(Path dataDir, boolean ownsDataDir, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.ownsDataDir = ownsDataDir;
        this.port = port == 0 ? freePort(-1) : port;
        this.controllerPort = controllerPort == 0 ? freePort(this.port) : controllerPort;
    }

    /** A broker on free ports with a temporary data directory that {@link #close()} deletes. */
    public static EmbeddedKafkaBroker create() {
        try {
            return new EmbeddedKafkaBroker(Files.createTempDirectory("embedded-kafka-"), true, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on a persistent directory and a fixed port, with its controller on {@code port + 1}. */
    public static EmbeddedKafkaBroker create(Path dataDir, int port) {
        return new EmbeddedKafkaBroker(dataDir, false, port, port + 1);
    }

    /** Starts the broker (no-op when it is running) and returns once it answers clients. */
    public EmbeddedKafkaBroker start() {
        ConcurrentMap<String, Object> shared = jvmShared();
        synchronized (shared) {
            if (shared.containsKey(runningKey())) {
                return this;
            }
            requirePortsFree();
            formatIfNeeded();
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config(), false), Time.SYSTEM);
            Runnable shutdown = () -> {
                server.shutdown();
                server.awaitShutdown();
            };
            try {
                server.startup();
                awaitReady();
            } catch (RuntimeException e) {
                shutdown.run();
                throw e;
            }
            shared.put(runningKey(), shutdown);
            return this;
        }
    }

    /** Stops the broker and waits until it has shut down; data and ports are kept for the next {@link #start()}. */
    public void stop() {
        ConcurrentMap<String, Object> shared = jvmShared();
        synchronized (shared) {
            Object shutdown = shared.remove(runningKey());
            if (shutdown != null) {
                ((Runnable) shutdown).run();
            }
        }
    }

    /** Stops the broker and deletes the data directory if this object created it. */
    @Override
    public void close() {
        stop();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    public boolean isRunning() {
        return jvmShared().containsKey(runningKey());
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates a topic unless it exists already (whatever its settings). */
    public void createTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (compacted) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try (Admin admin = admin()) {
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic " + name, e);
        }
    }

    /**
     * Creates the topics of a comma-separated spec such as {@code "orders,teams:compact,audit:6"}: each entry is a
     * name, optionally followed by {@code :PARTITIONS} and/or {@code :compact}; partitions default to
     * {@value #DEFAULT_PARTITIONS}.
     */
    public void createTopics(String spec) {
        if (spec == null) {
            return;
        }
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":");
            int partitions = DEFAULT_PARTITIONS;
            boolean compacted = false;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].equalsIgnoreCase("compact")) {
                    compacted = true;
                } else {
                    try {
                        partitions = Integer.parseInt(parts[i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "Bad topic spec '" + entry + "': expected name[:partitions][:compact]");
                    }
                }
            }
            createTopic(parts[0], partitions, compacted);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /**
     * State that must be one per JVM although this class may not be: Quarkus loads test classes, and this jar, once
     * per test profile in a class loader of its own. The map lives in the copy of this class that the system class
     * loader sees (the class itself where there is none) and holds only JDK types, so every copy can use it. It
     * maps {@code "running:PORT"} to the shutdown of the server serving that port, whichever copy started it; it
     * is also the lock for starting and stopping.
     */
    static ConcurrentMap<String, Object> jvmShared() {
        try {
            Class<?> home =
                    Class.forName(EmbeddedKafkaBroker.class.getName(), true, ClassLoader.getSystemClassLoader());
            if (home != EmbeddedKafkaBroker.class) {
                Field field = home.getDeclaredField("JVM_SHARED");
                field.setAccessible(true);
                @SuppressWarnings("unchecked")
                ConcurrentMap<String, Object> shared = (ConcurrentMap<String, Object>) field.get(null);
                return shared;
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // Not on the system class path: this copy is the only one.
        }
        return JVM_SHARED;
    }

    private String runningKey() {
        return "running:" + port;
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        // One node: every internal topic must make do with one replica, and a few partitions start faster
        // than the default 50.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "true");
        // Consumers join at once instead of waiting 3 s for more members.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Defaults sized for production: a 128 MiB cleaner buffer and 1 GiB segments waste heap and disk here.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        return p;
    }

    private void formatIfNeeded() {
        // Formatting twice would fail (or, with ignoreFormatted, mask a cluster-id mismatch): a directory
        // with meta.properties keeps its data and identity.
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + dataDir, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker did not answer at " + bootstrapServers(), e);
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private void requirePortsFree() {
        // Kafka binds its listeners only after its controller has joined the quorum, so a second broker on these
        // ports would first talk to the running one as node 1 (confusing it enough that its shutdown then waits
        // minutes), and only then fail.
        for (int p : new int[] { port, controllerPort }) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true); // as Kafka does: connections of a previous run in TIME_WAIT are fine
                probe.bind(new InetSocketAddress(HOST, p));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start Kafka: " + HOST + ":" + p + " is in use", e);
            }
        }
    }

    private static int freePort(int excluded) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                if (socket.getLocalPort() != excluded) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    private static List<java.util.logging.Logger> quietKafkaLogging() {
        List<java.util.logging.Logger> loggers = new ArrayList<>();
        for (String name : List.of("kafka", "org.apache.kafka", "org.apache.zookeeper", "state.change.logger")) {
            // Kafka logs through SLF4J, which Quarkus routes to the JBoss LogManager whatever JUL manager is set.
            java.util.logging.Logger logger = org.jboss.logmanager.Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            loggers.add(logger);
        }
        return loggers;
    }
}
