package io.remit.platform.console;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One console page someone saw: who, with which roles, which page and query, when (each service's own table). */
@Entity
@Table(name = "console_view")
public class ConsoleView {

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String viewer;

    @Column(nullable = false, updatable = false)
    public String roles;

    @Column(nullable = false, updatable = false)
    public String path;

    @Column(name = "query_string", updatable = false)
    public String query;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "viewed_at", nullable = false, updatable = false)
    public Instant viewedAt;
}
