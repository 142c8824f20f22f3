-- The teams as team-service last published them: the tree, status, SLA and members.
create table team_replica (
    id                     varchar(63)  primary key,
    name                   varchar(200) not null,
    parent_id              varchar(63),
    status                 varchar(20)  not null,
    escalation_sla_seconds bigint       not null,
    version                bigint       not null,
    updated_at             timestamp(6) with time zone not null
);
create index team_replica_parent on team_replica (parent_id);

create table team_replica_member (
    team_id varchar(63)  not null,
    user_id varchar(200) not null,
    role    varchar(20)  not null,
    primary key (team_id, user_id)
);
create index team_replica_member_user on team_replica_member (user_id, team_id);
