-- The teams as team-service last published them: who leads them, how to reach them, their SLA.
create table team_replica (
    id                     varchar(63)   primary key,
    name                   varchar(200)  not null,
    parent_id              varchar(63),
    status                 varchar(20)   not null,
    escalation_sla_seconds bigint        not null,
    contact_email          varchar(320),
    contact_webhook_url    varchar(2000),
    version                bigint        not null,
    updated_at             timestamp(6) with time zone not null
);

create table team_replica_member (
    team_id varchar(63)  not null,
    user_id varchar(200) not null,
    role    varchar(20)  not null,
    primary key (team_id, user_id)
);
