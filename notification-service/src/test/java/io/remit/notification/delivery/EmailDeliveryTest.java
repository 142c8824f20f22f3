package io.remit.notification.delivery;

import static io.remit.notification.Fixtures.root;
import static io.remit.notification.Fixtures.team;
import static io.remit.notification.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.notification.delivery.GreenMailResource.InjectGreenMail;
import io.remit.notification.notification.domain.AttemptOutcome;
import io.remit.notification.notification.domain.DeliveryAttempt;
import io.remit.platform.testing.KafkaBrokerResource;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Email notifications through a real SMTP server (GreenMail). */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
class EmailDeliveryTest {

    /** The reasons in decision-service's example of decision.escalated, which the test events are built from. */
    private static final List<String> REASONS = List.of("budget 50000 EUR exceeds 20000 EUR",
            "risk HIGH exceeds MEDIUM", "scope CROSS_TEAM exceeds TEAM", "irreversible decisions are not allowed");
    private static final String TITLE = "Switch card processor to Acme Pay";

    @InjectGreenMail
    GreenMail greenMail;

    @Test
    void shouldEmailTheTargetTeamWhatWasDecidedWhyAndByWhen() throws Exception {
        String address = uniqueId("finance") + "@example.com";
        String root = root(uniqueId("root")).publish();
        String deciding = team(uniqueId("payments"), root).publish();
        String finance = team(uniqueId("finance"), root).email(address).publish();
        Instant dueAt = Instant.parse("2031-05-06T07:08:09.123456Z");

        String escalation = Deliveries.escalate(deciding, finance, dueAt);

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "EMAIL");
        assertThat(notification).containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                .containsEntry("recipient", address);
        MimeMessage message = receivedBy(address);
        assertThat(message.getSubject()).isEqualTo("[Remit] Escalation level 1: " + TITLE);
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(address);
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("remit@localhost");
        assertThat(message.getContentType()).startsWith("text/plain");
        String body = GreenMailUtil.getBody(message).replace("\r\n", "\n");
        assertThat(body)
                .contains("Decision: " + TITLE + "\n")
                .contains("Decided by team: Team " + deciding + " (" + deciding + ")\n")
                .contains("Decided by: bob on 2026-11-23T10:00:00Z\n")
                .contains("Escalation level: 1\n")
                .contains("Sent to: Team " + finance + " (" + finance + ")\n")
                .contains("Deadline: 2031-05-06 07:08:09 UTC\n")
                .contains("Escalation id: " + escalation + "\n")
                .doesNotContain("fallback");
        for (String reason : REASONS) {
            assertThat(body).contains("  - " + reason + "\n");
        }
        assertThat(Deliveries.attempts((String) notification.get("id"))).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.DELIVERED);
            assertThat(attempt.statusCode).isNull();
            assertThat(attempt.error).isNull();
        });
    }

    @Test
    void shouldSayWhenTheEmailGoesToAFallbackTeam() throws Exception {
        String address = uniqueId("board") + "@example.com";
        String root = root(uniqueId("root")).email(address).publish();
        String silent = team(uniqueId("silent"), root).publish();

        String escalation = Deliveries.escalate("payments", silent, Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "EMAIL");
        assertThat(notification).containsEntry("status", "DELIVERED").containsEntry("fallback", true)
                .containsEntry("teamId", root);
        String body = GreenMailUtil.getBody(receivedBy(address)).replace("\r\n", "\n");
        assertThat(body).contains("Sent to: Team " + root + " (" + root + "), as a fallback: the escalation's target ("
                + silent + ") has no lead and no contact channel");
        // A deciding team the replica does not know is named by its id.
        assertThat(body).contains("Decided by team: payments\n");
    }

    @Test
    void shouldRetryWhileTheSmtpServerIsDownAndRecordEveryAttempt() throws Exception {
        String address = uniqueId("ops") + "@example.com";
        String root = root(uniqueId("root")).publish();
        String target = team(uniqueId("ops"), root).email(address).publish();
        String escalation;
        greenMail.stop();
        try {
            escalation = Deliveries.escalate("payments", target, Instant.now().plus(Duration.ofHours(2)));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(
                    () -> Deliveries.notification(escalation, "EMAIL"), n -> n != null && (int) n.get("attempts") >= 1);
        } finally {
            greenMail.start();
        }

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "EMAIL");
        assertThat(notification).containsEntry("status", "DELIVERED");
        List<DeliveryAttempt> attempts = Deliveries.attempts((String) notification.get("id"));
        System.out.println("email attempts while SMTP was down: "
                + attempts.stream().map(a -> a.outcome + " " + a.latencyMs + " ms " + a.error).toList());
        assertThat(attempts).hasSizeBetween(2, 4);
        assertThat(attempts.get(0).outcome).isEqualTo(AttemptOutcome.RETRY);
        assertThat(attempts.get(0).error).isNotBlank();
        assertThat(attempts.get(attempts.size() - 1).outcome).isEqualTo(AttemptOutcome.DELIVERED);
        assertThat(attempts).extracting(a -> a.statusCode).containsOnlyNulls();
        assertThat(receivedBy(address).getSubject()).isEqualTo("[Remit] Escalation level 1: " + TITLE);
    }

    @Test
    void shouldFailAtOnceForSomethingThatIsNoEmailAddress() {
        String root = root(uniqueId("root")).publish();
        String target = team(uniqueId("typo"), root).email("not an address").publish();

        String escalation = Deliveries.escalate("payments", target, Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> notification = Deliveries.awaitSettled(escalation, "EMAIL");
        assertThat(notification).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        assertThat(Deliveries.attempts((String) notification.get("id"))).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome).isEqualTo(AttemptOutcome.FAILED);
            assertThat(attempt.statusCode).isNull();
            assertThat(attempt.error).contains("address is invalid");
        });
    }

    private MimeMessage receivedBy(String address) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> isFor(m, address)).findFirst().orElse(null), m -> m != null);
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
