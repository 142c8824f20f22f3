-- The head of each team's hash chain; appending locks this row, so a team's entries form one line.
create table team_log_head (
    team_id   varchar(63) primary key,
    last_seq  bigint      not null,
    last_hash varchar(64)
);

create table decision (
    id                varchar(36)    primary key,
    team_id           varchar(63)    not null,
    category          varchar(63)    not null,
    title             varchar(300)   not null,
    rationale         varchar(10000),
    budget_amount     numeric(19, 4),
    budget_currency   varchar(3),
    risk              varchar(20)    not null,
    scope             varchar(20)    not null,
    reversible        boolean        not null,
    decided_by        varchar(200)   not null,
    decided_at        timestamp(6) with time zone not null,
    recorded_by       varchar(200)   not null,
    recorded_at       timestamp(6) with time zone not null,
    source            varchar(100),
    external_ref      varchar(300),
    verdict           varchar(20)    not null,
    reasons           varchar(4000)  not null,
    boundary_id       varchar(36),
    boundary_version  integer,
    log_seq           bigint         not null,
    hash              varchar(64)    not null,
    previous_hash     varchar(64),
    constraint decision_log_seq unique (team_id, log_seq),
    constraint decision_external_ref unique (source, external_ref)
);
create index decision_team on decision (team_id, id);
create index decision_category on decision (category, id);

create table escalation (
    id               varchar(36)   primary key,
    decision_id      varchar(36)   not null unique,
    team_id          varchar(63)   not null,
    target_team_id   varchar(63)   not null,
    level            integer       not null,
    status           varchar(20)   not null,
    due_at           timestamp(6) with time zone not null,
    reasons          varchar(4000) not null,
    opened_at        timestamp(6) with time zone not null,
    acknowledged_at  timestamp(6) with time zone,
    acknowledged_by  varchar(200),
    resolved_at      timestamp(6) with time zone,
    resolved_by      varchar(200),
    outcome          varchar(20),
    version          bigint        not null
);
create index escalation_target on escalation (target_team_id, id);
create index escalation_status on escalation (status, id);

-- Every state change of an escalation, chained into the deciding team's log like its decision.
create table escalation_step (
    id             varchar(36)   primary key,
    escalation_id  varchar(36)   not null,
    team_id        varchar(63)   not null,
    action         varchar(30)   not null,
    actor          varchar(200)  not null,
    occurred_at    timestamp(6) with time zone not null,
    level          integer       not null,
    target_team_id varchar(63)   not null,
    status         varchar(20)   not null,
    due_at         timestamp(6) with time zone,
    comment        varchar(2000),
    log_seq        bigint        not null,
    hash           varchar(64)   not null,
    previous_hash  varchar(64),
    constraint escalation_step_log_seq unique (team_id, log_seq)
);
create index escalation_step_escalation on escalation_step (escalation_id, occurred_at);

-- Successful POST /decisions responses, replayed for a retry with the same Idempotency-Key.
create table idempotency_key (
    caller        varchar(200)   not null,
    idem_key      varchar(200)   not null,
    request_hash  varchar(64)    not null,
    state         varchar(20)    not null,
    status        integer,
    location      varchar(500),
    response_body varchar(100000),
    created_at    timestamp(6) with time zone not null,
    primary key (caller, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);
