-- An escalation keeps what it needs of its decision, which never changes: who decided (separation of duties) and the
-- snapshot it publishes again when it moves up. Existing escalations take both from their decision rows.
alter table escalation add column category varchar(63);
alter table escalation add column title varchar(300);
alter table escalation add column budget_amount numeric(19, 4);
alter table escalation add column budget_currency varchar(3);
alter table escalation add column risk varchar(20);
alter table escalation add column scope varchar(20);
alter table escalation add column reversible boolean;
alter table escalation add column decided_by varchar(200);
alter table escalation add column decided_at timestamp(6) with time zone;

update escalation set
    category        = (select d.category        from decision d where d.id = escalation.decision_id),
    title           = (select d.title           from decision d where d.id = escalation.decision_id),
    budget_amount   = (select d.budget_amount   from decision d where d.id = escalation.decision_id),
    budget_currency = (select d.budget_currency from decision d where d.id = escalation.decision_id),
    risk            = (select d.risk            from decision d where d.id = escalation.decision_id),
    scope           = (select d.scope           from decision d where d.id = escalation.decision_id),
    reversible      = (select d.reversible      from decision d where d.id = escalation.decision_id),
    decided_by      = (select d.decided_by      from decision d where d.id = escalation.decision_id),
    decided_at      = (select d.decided_at      from decision d where d.id = escalation.decision_id);

alter table escalation alter column category set not null;
alter table escalation alter column title set not null;
alter table escalation alter column risk set not null;
alter table escalation alter column scope set not null;
alter table escalation alter column reversible set not null;
alter table escalation alter column decided_by set not null;
alter table escalation alter column decided_at set not null;
