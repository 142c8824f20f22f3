-- Each vote on an escalation, as decision-service's remit.escalation.voted.v1 stated it: one row per voter and level
-- (a carried vote is the voter's vote at the new level). approvals and approvals_required are the counts after it.
create table escalation_vote (
    id                 varchar(36)   primary key,
    escalation_id      varchar(36)   not null,
    level              integer       not null,
    voted_by           varchar(200)  not null,
    on_behalf_of       varchar(200),
    outcome            varchar(20)   not null,
    voted_at           timestamp(6) with time zone not null,
    comment            varchar(2000),
    basis              varchar(500)  not null,
    carried            boolean       not null,
    approvals          integer       not null,
    approvals_required integer       not null,
    status_after       varchar(20)   not null
);
create unique index escalation_vote_voter on escalation_vote (escalation_id, level, voted_by);

-- Where the count of the current level stands (null until a vote said), and how an escalation ended WITHDRAWN:
-- its decision withdrawn, or superseded by superseded_by.
alter table escalation_record add column approvals integer;
alter table escalation_record add column approvals_required integer;
alter table escalation_record add column withdrawn_at timestamp(6) with time zone;
alter table escalation_record add column withdrawn_by varchar(200);
alter table escalation_record add column withdrawn_on_behalf_of varchar(200);
alter table escalation_record add column withdrawal_reason varchar(2000);
alter table escalation_record add column superseded_by varchar(36);
-- The decision's status as its last remit.decision.status-changed.v1 said (null: none arrived yet).
alter table escalation_record add column decision_status varchar(20);

-- Each change of an escalated decision's status, as decision-service published it.
create table decision_status_change (
    event_id       varchar(100)  primary key,
    escalation_id  varchar(36)   not null,
    decision_id    varchar(36)   not null,
    from_status    varchar(20)   not null,
    to_status      varchar(20)   not null,
    changed_at     timestamp(6) with time zone not null,
    changed_by     varchar(200)  not null,
    on_behalf_of   varchar(200),
    reason         varchar(2000),
    superseded_by  varchar(36),
    supersedes     varchar(36)
);
create index decision_status_change_escalation on decision_status_change (escalation_id, changed_at);

-- A withdrawal notice says why the escalation ended, and names the successor when it was superseded.
alter table notification add column withdrawal_reason varchar(2000);
alter table notification add column superseded_by varchar(36);
