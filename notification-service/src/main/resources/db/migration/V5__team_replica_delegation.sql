-- Delegations of a team's leads, as the team's latest snapshot carries them (neither revoked nor over when it was
-- taken). Whether one is active is judged at each instant a notification is written: validFrom <= t < validUntil and
-- its delegator still a LEAD of the team. Categories are a comma-separated list of slugs; empty means every category.
-- Keyed by team and id: a snapshot's delegations replace the team's own, whatever another team's snapshot says.
create table team_replica_delegation (
    team_id     varchar(63)  not null,
    id          varchar(36)  not null,
    delegator   varchar(200) not null,
    delegate    varchar(200) not null,
    valid_from  timestamp(6) with time zone not null,
    valid_until timestamp(6) with time zone not null,
    categories  varchar(4000) not null,
    primary key (team_id, id)
);
