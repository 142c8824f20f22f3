create table notification (
    id             varchar(36)   primary key,
    escalation_id  varchar(36)   not null,
    decision_id    varchar(36)   not null,
    kind           varchar(20)   not null,
    channel        varchar(20)   not null,
    recipient      varchar(2000) not null,
    team_id        varchar(63)   not null,
    level          integer       not null,
    fallback       boolean       not null,
    title          varchar(300)  not null,
    deciding_team_id varchar(63) not null,
    reasons        varchar(4000) not null,
    due_at         timestamp(6) with time zone not null,
    payload        varchar(100000) not null,
    status         varchar(20)   not null,
    attempts       integer       not null,
    next_attempt_at timestamp(6) with time zone,
    claimed_until  timestamp(6) with time zone,
    created_at     timestamp(6) with time zone not null,
    delivered_at   timestamp(6) with time zone,
    read_at        timestamp(6) with time zone
);
create index notification_recipient on notification (channel, recipient, id);
create index notification_escalation on notification (escalation_id, id);
create index notification_due on notification (status, next_attempt_at);

create table delivery_attempt (
    id              varchar(36)   primary key,
    notification_id varchar(36)   not null,
    attempt         integer       not null,
    attempted_at    timestamp(6) with time zone not null,
    status_code     integer,
    latency_ms      bigint        not null,
    error           varchar(2000),
    outcome         varchar(20)   not null
);
create index delivery_attempt_notification on delivery_attempt (notification_id, attempt);

-- One deadline per escalation: armed for its current level, fired once, stopped when resolved.
create table sla_timer (
    escalation_id  varchar(36) primary key,
    level          integer     not null,
    target_team_id varchar(63) not null,
    due_at         timestamp(6) with time zone not null,
    state          varchar(20) not null,
    version        bigint      not null
);
create index sla_timer_due on sla_timer (state, due_at);
