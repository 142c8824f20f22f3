package io.remit.decision.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Readable defaults for the tables: every test states only what matters to it. */
final class Fixtures {

    static final Instant DECIDED_AT = at("2025-06-01T10:00:00Z");

    private Fixtures() {
    }

    /** "2025-01-01" is midnight UTC; a full ISO instant is taken as is. */
    static Instant at(String text) {
        return text.contains("T") ? Instant.parse(text)
                : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** "500 EUR", or null for "-" / null. */
    static Money money(String text) {
        if (text == null || text.equals("-")) {
            return null;
        }
        String[] parts = text.trim().split("\\s+");
        return Money.of(parts[0], parts[1]);
    }

    static BoundaryBuilder boundary(String teamId) {
        return new BoundaryBuilder(teamId);
    }

    static DecisionBuilder decision(String teamId) {
        return new DecisionBuilder(teamId);
    }

    static final class BoundaryBuilder {
        private final String teamId;
        private String category = "spend";
        private Money maxBudget = money("20000 EUR");
        private Risk maxRisk = Risk.MEDIUM;
        private Scope maxScope = Scope.TEAM;
        private boolean irreversibleAllowed;
        private Instant validFrom = at("2025-01-01");
        private Instant validUntil;

        private BoundaryBuilder(String teamId) {
            this.teamId = teamId;
        }

        BoundaryBuilder category(String value) { category = value; return this; }
        BoundaryBuilder maxBudget(String value) { maxBudget = money(value); return this; }
        BoundaryBuilder maxRisk(Risk value) { maxRisk = value; return this; }
        BoundaryBuilder maxScope(Scope value) { maxScope = value; return this; }
        BoundaryBuilder irreversibleAllowed(boolean value) { irreversibleAllowed = value; return this; }
        BoundaryBuilder validFrom(String value) { validFrom = at(value); return this; }
        BoundaryBuilder validUntil(String value) { validUntil = value == null ? null : at(value); return this; }

        BoundaryTerms build() {
            return new BoundaryTerms("boundary-of-" + teamId, teamId, category, 1, maxBudget, maxRisk, maxScope,
                    irreversibleAllowed, validFrom, validUntil);
        }
    }

    static final class DecisionBuilder {
        private final String teamId;
        private String category = "spend";
        private Money budget;
        private Risk risk = Risk.LOW;
        private Scope scope = Scope.TEAM;
        private boolean reversible = true;

        private DecisionBuilder(String teamId) {
            this.teamId = teamId;
        }

        DecisionBuilder category(String value) { category = value; return this; }
        DecisionBuilder budget(String value) { budget = money(value); return this; }
        DecisionBuilder risk(Risk value) { risk = value; return this; }
        DecisionBuilder scope(Scope value) { scope = value; return this; }
        DecisionBuilder reversible(boolean value) { reversible = value; return this; }

        DecisionFacts build() {
            return new DecisionFacts(teamId, category, budget, risk, scope, reversible, DECIDED_AT);
        }
    }
}
