-- Delegations of a team's leads, as the team's latest snapshot carries them (neither revoked nor over when it was
-- taken). Whether one is active is judged at the instant of each act: validFrom <= t < validUntil and its delegator
-- still a LEAD of the team. Categories are a comma-separated list of slugs; empty means every category.
create table team_replica_delegation (
    team_id     varchar(63)  not null,
    id          varchar(36)  not null,
    delegator   varchar(200) not null,
    delegate    varchar(200) not null,
    valid_from  timestamp(6) with time zone not null,
    valid_until timestamp(6) with time zone not null,
    categories  varchar(4000) not null,
    -- Keyed within its team: one team's snapshot can never clash with another's, whatever ids they carry.
    primary key (team_id, id)
);
create index team_replica_delegation_delegate on team_replica_delegation (delegate, team_id);
