package io.remit.notification.escalation.service;

import io.remit.notification.escalation.domain.EscalationRecord;
import io.remit.notification.escalation.domain.RefusingBoundary;
import io.remit.notification.escalation.events.DecisionEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps on each escalation's record the boundary version that refused its decision. decision-service states it in the
 * decision's recorded event, which comes before the escalation's first level on the same key: it waits here until
 * that level opens the record. A recorded event that names no boundary (or one written before it said) leaves the
 * record without one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class RefusingBoundaries {

    private final EntityManager entityManager;

    RefusingBoundaries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether the recorded event says something for an escalation's record: it escalated, refused by a boundary. */
    static boolean matters(DecisionEventData.Recorded data) {
        return data.escalated() && data.boundary() != null;
    }

    /** On the record at once when it is open already, else held for it. */
    void recorded(DecisionEventData.Recorded data) {
        EscalationRecord record = entityManager.createQuery(
                        "select r from EscalationRecord r where r.decisionId = :decision", EscalationRecord.class)
                .setParameter("decision", data.id()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (record != null) {
            record.boundaryId = data.boundary().id();
            record.boundaryVersion = data.boundary().version();
            return;
        }
        if (entityManager.find(RefusingBoundary.class, data.id()) == null) {
            RefusingBoundary held = new RefusingBoundary();
            held.decisionId = data.id();
            held.boundaryId = data.boundary().id();
            held.boundaryVersion = data.boundary().version();
            entityManager.persist(held);
        }
    }

    /** A record just opened takes the boundary held for its decision, if one was. */
    void attachTo(EscalationRecord record) {
        RefusingBoundary held = entityManager.find(RefusingBoundary.class, record.decisionId);
        if (held != null) {
            record.boundaryId = held.boundaryId;
            record.boundaryVersion = held.boundaryVersion;
            entityManager.remove(held);
        }
    }
}
