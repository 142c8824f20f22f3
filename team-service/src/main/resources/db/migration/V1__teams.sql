create table team (
    id                     varchar(63)  primary key,
    name                   varchar(200) not null,
    parent_id              varchar(63)  references team (id),
    status                 varchar(20)  not null,
    escalation_sla_seconds bigint       not null,
    contact_email          varchar(320),
    contact_webhook_url    varchar(2000),
    version                bigint       not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null
);
create index team_parent on team (parent_id, id);
create index team_status on team (status, id);

create table team_member (
    team_id    varchar(63)  not null references team (id),
    user_id    varchar(200) not null,
    role       varchar(20)  not null,
    since      timestamp(6) with time zone not null,
    primary key (team_id, user_id)
);
create index team_member_user on team_member (user_id, team_id);
