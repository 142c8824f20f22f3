-- The boundary version that refused an escalated decision, as remit.decision.recorded.v1 carried it; null when no
-- boundary played a part (the root, a suspended team, no boundary for the category) or no recorded event said.
alter table escalation_record add column boundary_id varchar(36);
alter table escalation_record add column boundary_version integer;

-- The recorded event arrives before the escalation's first level, which opens the record: the boundary waits here,
-- by decision, until then, and is moved onto the record when it opens.
create table refusing_boundary (
    decision_id      varchar(36) primary key,
    boundary_id      varchar(36) not null,
    boundary_version integer     not null
);
