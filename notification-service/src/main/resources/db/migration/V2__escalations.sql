-- The audit view of every escalation, built from decision-service's events.
create table escalation_record (
    id              varchar(36)   primary key,
    decision_id     varchar(36)   not null,
    team_id         varchar(63)   not null,
    category        varchar(63)   not null,
    title           varchar(300)  not null,
    budget_amount   numeric(19, 4),
    budget_currency varchar(3),
    risk            varchar(20)   not null,
    scope           varchar(20)   not null,
    reversible      boolean       not null,
    decided_by      varchar(200)  not null,
    decided_at      timestamp(6) with time zone not null,
    reasons         varchar(4000) not null,
    level           integer       not null,
    target_team_id  varchar(63)   not null,
    status          varchar(20)   not null,
    due_at          timestamp(6) with time zone not null,
    opened_at       timestamp(6) with time zone not null,
    acknowledged_at timestamp(6) with time zone,
    acknowledged_by varchar(200),
    resolved_at     timestamp(6) with time zone,
    resolved_by     varchar(200),
    outcome         varchar(20),
    resolution_comment varchar(2000),
    version         bigint        not null
);
create index escalation_record_opened on escalation_record (opened_at, id);
create index escalation_record_team on escalation_record (team_id, id);

-- Each level an escalation was routed to, and who was notified there.
create table escalation_route (
    escalation_id     varchar(36) not null,
    level             integer     not null,
    target_team_id    varchar(63) not null,
    notified_team_id  varchar(63),
    fallback          boolean     not null,
    routed_at         timestamp(6) with time zone not null,
    due_at            timestamp(6) with time zone not null,
    primary key (escalation_id, level)
);
create index escalation_route_target on escalation_route (target_team_id, escalation_id);

-- Every deadline that passed unanswered.
create table escalation_breach (
    id             varchar(36) primary key,
    escalation_id  varchar(36) not null,
    level          integer     not null,
    target_team_id varchar(63) not null,
    at_root        boolean     not null,
    breached_at    timestamp(6) with time zone not null
);
create index escalation_breach_escalation on escalation_breach (escalation_id, breached_at);

-- Escalations to a team the replica does not know yet; handled once it does.
create table parked_escalation (
    event_id       varchar(100) primary key,
    target_team_id varchar(63)  not null,
    payload        varchar(100000) not null,
    parked_at      timestamp(6) with time zone not null
);
create index parked_escalation_target on parked_escalation (target_team_id);
