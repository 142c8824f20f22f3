-- A lead's authority in a team lent to a delegate for a period (DESIGN, Authority over time, rule 1). Rows are never
-- deleted: a revocation is recorded on the row, so the history of who stood in for whom stays readable.
-- Categories are a comma-separated list of slugs (at most 50 of up to 63 characters); empty means every category.
create table team_delegation (
    id                varchar(36)   primary key,
    team_id           varchar(63)   not null references team (id),
    delegator         varchar(200)  not null,
    delegate          varchar(200)  not null,
    valid_from        timestamp(6) with time zone not null,
    valid_until       timestamp(6) with time zone not null,
    categories        varchar(4000) not null,
    reason            varchar(2000) not null,
    created_by        varchar(200)  not null,
    created_at        timestamp(6) with time zone not null,
    revoked_by        varchar(200),
    revoked_at        timestamp(6) with time zone,
    revocation_reason varchar(2000)
);
-- Lists are newest first by id (UUIDv7): a team's, and a user's as delegator or as delegate.
create index team_delegation_team on team_delegation (team_id, id);
create index team_delegation_delegator on team_delegation (delegator, id);
create index team_delegation_delegate on team_delegation (delegate, id);
