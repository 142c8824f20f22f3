-- Delegations of a team's leads, as the team's latest snapshot carries them (neither revoked nor over when it was
-- taken). Whether one is active is judged at each instant a notification is written: validFrom <= t < validUntil and
-- its delegator still a LEAD of the team. Categories are a comma-separated list of slugs; empty means every category.
create table team_replica_delegation (
    id          varchar(36)  primary key,
    team_id     varchar(63)  not null,
    delegator   varchar(200) not null,
    delegate    varchar(200) not null,
    valid_from  timestamp(6) with time zone not null,
    valid_until timestamp(6) with time zone not null,
    categories  varchar(4000) not null
);
create index team_replica_delegation_team on team_replica_delegation (team_id, valid_from);
