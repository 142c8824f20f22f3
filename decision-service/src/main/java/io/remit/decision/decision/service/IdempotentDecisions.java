package io.remit.decision.decision.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.remit.decision.decision.service.DecisionService.Recorded;
import io.remit.decision.idempotency.IdempotencyStore;
import io.remit.decision.idempotency.IdempotencyStore.StoredResponse;
import io.remit.decision.ledger.CanonicalForm;
import io.remit.decision.shared.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Logs a decision at most once per caller and Idempotency-Key. The key is looked up, the decision logged and its
 * response stored in one transaction of their own, so they commit together or not at all: a retry of a request that
 * failed runs again, and a retry of one that succeeded gets the same response.
 */
@ApplicationScoped
public class IdempotentDecisions {

    /** The response to a newly logged decision, as it is sent and stored for retries. */
    @FunctionalInterface
    public interface Responder {
        StoredResponse respond(Recorded recorded) throws JsonProcessingException;
    }

    private final DecisionService decisions;
    private final IdempotencyStore idempotency;

    IdempotentDecisions(DecisionService decisions, IdempotencyStore idempotency) {
        this.decisions = decisions;
        this.idempotency = idempotency;
    }

    /**
     * The response stored under the key when this request (the same body) succeeded before; else logs the decision
     * and stores the responder's answer under the key.
     *
     * @param requestJson the request body in one canonical JSON, so that equal requests match whatever their layout
     */
    public StoredResponse record(DecisionCommand command, Caller caller, String key, String requestJson,
            Responder responder) {
        String requestHash = CanonicalForm.hash(null, requestJson);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<StoredResponse> replay = idempotency.replay(caller.userId(), key, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
            StoredResponse response = responder.respond(decisions.record(command, caller));
            idempotency.remember(caller.userId(), key, requestHash, response.status(), response.location(),
                    response.body());
            return response;
        });
    }
}
