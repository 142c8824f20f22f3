package io.remit.platform.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.remit.platform.ids.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Who saw which console page, with which filters, when: written once per page render, in its own transaction so a
 * page that fails later still leaves its record, and listed, newest first, for governance and auditors.
 */
@ApplicationScoped
public class ConsoleViewLog {

    static final int PAGE_SIZE = 50;
    static final int MAX_QUERY = 2000;
    static final int MAX_TEXT = 300;

    private final EntityManager entityManager;
    private final Console console;
    private final Template views;

    ConsoleViewLog(EntityManager entityManager, Console console, @Location("console/views.html") Template views) {
        this.entityManager = entityManager;
        this.console = console;
        this.views = views;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Viewer viewer, String path, String query, String subject) {
        ConsoleView view = new ConsoleView();
        view.id = TimeOrderedIds.next();
        view.viewer = viewer.id();
        view.roles = viewer.rolesText();
        view.path = cut(path, MAX_TEXT);
        view.query = query == null || query.isEmpty() ? null : cut(query, MAX_QUERY);
        view.subject = cut(subject, MAX_TEXT);
        view.viewedAt = Instant.now();
        entityManager.persist(view);
    }

    /** The views log page: governance and auditors only; this look at it is recorded too. */
    @Transactional
    public TemplateInstance page(String after) {
        console.requireAudit();
        console.recordView("console views");
        String query = "from ConsoleView v" + (after == null || after.isBlank() ? "" : " where v.id < :after")
                + " order by v.id desc";
        var typed = entityManager.createQuery(query, ConsoleView.class).setMaxResults(PAGE_SIZE + 1);
        if (after != null && !after.isBlank()) {
            typed.setParameter("after", after);
        }
        List<ConsoleView> rows = typed.getResultList();
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            next = console.currentPath() + "?after="
                    + URLEncoder.encode(rows.get(PAGE_SIZE - 1).id, StandardCharsets.UTF_8);
        }
        return views.data("rows", rows).data("next", next);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
