package io.remit.deploy.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One packaged suite for every end-to-end story of a test run (DESIGN, Storage and running: the stories share one
 * suite per pass): the broker and the three services, a webhook receiver and an SMTP server for notification-service,
 * whose console offers the dev sign-in.
 * Started by the first story class that needs it, stopped when the whole run ends.
 *
 * <p>When the services were not packaged (this module built on its own), nothing starts and {@link #missingJars()}
 * names what is missing, so that each story can skip itself with the reason.
 */
public final class SharedSuite implements BeforeAllCallback {

    public static final String WEBHOOK_SECRET = "e2e-webhook-secret-" + UUID.randomUUID();

    private static Running running;
    private static List<Path> missingJars = List.of();

    /** What a story uses; closed by JUnit once every test of the run has finished. */
    public record Running(RemitSuite suite, WebhookReceiver webhooks, GreenMail smtp, Duration startup)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            suite.close();
            webhooks.close();
            smtp.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSuite.class, key -> start(), Object.class);
    }

    private static synchronized Object start() {
        Path root = RemitSuite.repositoryRoot();
        missingJars = RemitSuite.missingJars(root);
        if (!missingJars.isEmpty()) {
            System.out.println("[e2e] " + skipReason());
            return "not started: " + missingJars;
        }
        long started = System.nanoTime();
        WebhookReceiver webhooks = WebhookReceiver.start();
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        TestDatabase database = TestDatabase.fromSystemProperties();
        Map<String, String> notificationEnvironment = new LinkedHashMap<>(Map.of(
                "REMIT_WEBHOOK_SECRETS", WEBHOOK_SECRET,
                "REMIT_WEBHOOK_ALLOW_LOOPBACK", "true",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "QUARKUS_MAILER_FROM", "remit@example.org",
                "QUARKUS_MAILER_MOCK", "false"));
        // notification-service serves /console/sign-in: the browser test signs in there as anyone it names.
        notificationEnvironment.putAll(RemitSuite.devSignIn(root));
        System.out.println("[e2e] starting Kafka and the three services on " + database);
        RemitSuite suite;
        try {
            suite = RemitSuite.start(root, database, notificationEnvironment);
        } catch (RuntimeException | Error e) {
            webhooks.close();
            smtp.stop();
            throw e;
        }
        running = new Running(suite, webhooks, smtp, Duration.ofNanos(System.nanoTime() - started));
        System.out.printf("[e2e] suite ready in %.1f s (Kafka at %s; %s %s, %s %s, %s %s)%n",
                running.startup().toMillis() / 1000.0, suite.bootstrapServers(),
                RemitSuite.TEAM, suite.baseUrl(RemitSuite.TEAM),
                RemitSuite.DECISION, suite.baseUrl(RemitSuite.DECISION),
                RemitSuite.NOTIFICATION, suite.baseUrl(RemitSuite.NOTIFICATION));
        return running;
    }

    /** The running suite; only call it from a story that did not skip itself. */
    public static Running running() {
        if (running == null) {
            throw new IllegalStateException("The shared suite is not running: " + skipReason());
        }
        return running;
    }

    /** The services' jars that were missing, so that nothing started; empty when the suite runs. */
    public static List<Path> missingJars() {
        return missingJars;
    }

    /**
     * The one reason to skip: this module was built on its own (e.g. "mvn -pl deploy verify") without the services
     * having been packaged. In the reactor ("mvn verify" from the root) the test dependencies on the three services
     * make Maven package them before this module, so the jars are always there.
     */
    public static String skipReason() {
        return "The packaged services are missing (" + missingJars + "). Package them first: mvn install -DskipTests "
                + "(add -Ppostgres for the PostgreSQL pass), or run mvn verify from the repository root";
    }
}
