package io.remit.team.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that structural changes of the tree lock, so that they run one after the other. */
@Entity
@Table(name = "team_tree_lock")
public class TeamTreeLock {

    /** The id of the one row the migration creates. */
    public static final String TREE = "tree";

    @Id
    public String id;
}
