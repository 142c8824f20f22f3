package io.remit.decision.drills;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.platform.testing.DevTokens;
import io.remit.platform.testing.KafkaBrokerResource;
import io.remit.platform.testing.drills.SessionCookieDrill;
import org.junit.jupiter.api.Test;

/** The console's session cookie opens console pages only: every API operation answers it 401. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class SessionCookieDrillTest {

    @Test
    void noApiOperationAcceptsTheConsoleSessionCookie() {
        SessionCookieDrill.assertNoOperationAcceptsTheCookie(DevTokens.token("cookie-gus", "governance"));
    }
}
