package io.remit.platform.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.apache.kafka.common.utils.Exit;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Runs the embedded broker as a process of its own, for running the services locally:
 * {@code KafkaBrokerMain [--port 9092] [--data-dir .remit/kafka] [--topics a,b:compact]}.
 *
 * <p>The data directory is formatted on first use and kept afterwards; the controller listens on port + 1, which
 * must stay the same for a given directory.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        configureLogging();
        int port = 9092;
        Path dataDir = Path.of(".remit", "kafka");
        String topics = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = Integer.parseInt(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--topics" -> topics = value;
                default -> usage("unknown option " + option);
            }
        }

        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.create(dataDir, port);
        // Alone in its process the broker may end the JVM on a fatal error, as Kafka normally does. (Kafka's own
        // Exit.reset*Procedure() would not do: they install procedures that throw.)
        Exit.setHaltProcedure((status, message) -> Runtime.getRuntime().halt(status));
        Exit.setExitProcedure((status, message) -> System.exit(status));
        // SIGTERM and Ctrl-C run shutdown hooks: a clean shutdown avoids log recovery on the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        broker.start();
        broker.createTopics(topics);
        System.out.println("Kafka broker ready at " + broker.bootstrapServers());
        System.out.flush();
        new CountDownLatch(1).await(); // until the JVM is told to exit
    }

    private static void configureLogging() {
        // Kafka logs through SLF4J to the JBoss LogManager, which complains unless it is also JUL's manager. On the
        // classpath Quarkus's initial configurator then parks every record in a delayed handler until a Quarkus
        // application starts, which never happens here: without a handler of our own nothing would be printed.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.setHandlers(new Handler[] {
                new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                        new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{3.}] %s%e%n"))
        });
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "usage: KafkaBrokerMain [--port N] [--data-dir DIR] [--topics name[:partitions][:compact],...]");
        System.exit(2);
    }
}
