package io.remit.decision.decision.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.decision.evaluation.Risk;
import io.remit.decision.evaluation.Scope;
import io.remit.decision.shared.DecisionStatus;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key is kept 24 hours with the fingerprint of its request, written with nulls included. Fields added
 * to the request later must leave the fingerprint of a request without them as the previous release wrote it, or a
 * retry across an upgrade would be refused as "same key, other body".
 */
class DecisionRequestFingerprintTest {

    private static final ObjectMapper FINGERPRINTS = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    @Test
    void shouldFingerprintARequestWithoutTheNewFieldsAsThePreviousReleaseDid() throws Exception {
        DecisionRequest request = new DecisionRequest("payments", "spend", "Switch processor", null, null, Risk.LOW,
                Scope.TEAM, true, "alice", null, "adr-bot", "ADR-1", null, null, null);

        assertThat(FINGERPRINTS.writeValueAsString(request)).isEqualTo("{\"teamId\":\"payments\",\"category\":"
                + "\"spend\",\"title\":\"Switch processor\",\"rationale\":null,\"budget\":null,\"risk\":\"LOW\","
                + "\"scope\":\"TEAM\",\"reversible\":true,\"decidedBy\":\"alice\",\"decidedAt\":null,"
                + "\"source\":\"adr-bot\",\"externalRef\":\"ADR-1\"}");
    }

    @Test
    void shouldFingerprintTheNewFieldsWhenGiven() throws Exception {
        DecisionRequest request = new DecisionRequest("payments", "architecture", "Adopt events", null, null,
                Risk.LOW, Scope.TEAM, true, "alice", null, null, null, null, true, DecisionStatus.IN_EFFECT);

        assertThat(FINGERPRINTS.writeValueAsString(request)).endsWith(
                "\"externalRef\":null,\"imported\":true,\"status\":\"IN_EFFECT\"}");
    }
}
