package io.remit.notification.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The boundary version that refused a decision, held from its recorded event until its escalation's first level opens
 * the record that keeps it: decision-service publishes the decision before its escalation, on the same key.
 */
@Entity
@Table(name = "refusing_boundary")
public class RefusingBoundary {

    @Id
    @Column(name = "decision_id")
    public String decisionId;

    @Column(name = "boundary_id", nullable = false)
    public String boundaryId;

    @Column(name = "boundary_version", nullable = false)
    public int boundaryVersion;
}
