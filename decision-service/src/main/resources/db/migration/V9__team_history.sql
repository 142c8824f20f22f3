-- Authority history: every team snapshot this service applied, valid from its event's time until the next version
-- of the same team, so that "who could decide what at instant t" has an answer. Snapshots the replica ignores (older
-- or repeated versions) are not kept here either. A team's history begins at its earliest row.
create table team_history (
    team_id                varchar(63) not null,
    version                bigint      not null,
    valid_from             timestamp(6) with time zone not null,
    parent_id              varchar(63),
    status                 varchar(20) not null,
    escalation_sla_seconds bigint      not null,
    -- EVENT: applied from a team event at its time; REPLICA: the replica as this migration found it.
    origin                 varchar(20) not null,
    primary key (team_id, version)
);
create index team_history_valid_from on team_history (team_id, valid_from);

-- The members of each kept snapshot with their roles (LEAD, MEMBER, ... as team-service wrote them).
create table team_history_member (
    team_id varchar(63)  not null,
    version bigint       not null,
    user_id varchar(200) not null,
    role    varchar(20)  not null,
    primary key (team_id, version, user_id)
);
create index team_history_member_user on team_history_member (user_id, team_id);

-- The delegations each kept snapshot carried; categories as in team_replica_delegation (comma-separated, empty = all).
create table team_history_delegation (
    team_id       varchar(63)  not null,
    version       bigint       not null,
    delegation_id varchar(36)  not null,
    delegator     varchar(200) not null,
    delegate      varchar(200) not null,
    valid_from    timestamp(6) with time zone not null,
    valid_until   timestamp(6) with time zone not null,
    categories    varchar(4000) not null,
    primary key (team_id, version, delegation_id)
);
create index team_history_delegation_delegate on team_history_delegation (delegate, team_id);

-- Teams replicated before this history existed: their history begins now, with the replica as it stands, so an
-- instant before this migration is answered "not recorded" rather than with today's tree.
insert into team_history (team_id, version, valid_from, parent_id, status, escalation_sla_seconds, origin)
select t.id, t.version, current_timestamp, t.parent_id, t.status, t.escalation_sla_seconds, 'REPLICA'
from team_replica t;

insert into team_history_member (team_id, version, user_id, role)
select m.team_id, t.version, m.user_id, m.role
from team_replica_member m join team_replica t on t.id = m.team_id;

insert into team_history_delegation (team_id, version, delegation_id, delegator, delegate, valid_from, valid_until,
                                     categories)
select d.team_id, t.version, d.id, d.delegator, d.delegate, d.valid_from, d.valid_until, d.categories
from team_replica_delegation d join team_replica t on t.id = d.team_id;
