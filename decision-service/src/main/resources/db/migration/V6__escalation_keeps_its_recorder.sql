-- Whoever recorded a decision may not act on its escalation either (separation of duties), so the escalation keeps
-- who that was beside who decided. Existing escalations take it from their decision rows.
alter table escalation add column recorded_by varchar(200);

update escalation set recorded_by = (select d.recorded_by from decision d where d.id = escalation.decision_id);

alter table escalation alter column recorded_by set not null;
