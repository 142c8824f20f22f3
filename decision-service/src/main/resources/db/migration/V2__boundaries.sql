-- Every version of every boundary; rows are never updated.
create table boundary (
    id                   varchar(36)   primary key,
    team_id              varchar(63)   not null,
    category             varchar(63)   not null,
    version              integer       not null,
    max_budget_amount    numeric(19, 4),
    max_budget_currency  varchar(3),
    max_risk             varchar(20)   not null,
    max_scope            varchar(20)   not null,
    irreversible_allowed boolean       not null,
    valid_from           timestamp(6) with time zone not null,
    valid_until          timestamp(6) with time zone,
    reason               varchar(2000) not null,
    created_by           varchar(200)  not null,
    created_at           timestamp(6) with time zone not null,
    constraint boundary_version unique (team_id, category, version)
);
create index boundary_category on boundary (category, team_id);
