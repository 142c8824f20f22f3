package io.remit.decision.boundary.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row that boundary writes of one category lock, so that their nesting checks cannot interleave. */
@Entity
@Table(name = "boundary_category_lock")
public class BoundaryCategoryLock {

    @Id
    public String category;
}
