-- Votes on escalations: each person's approval or rejection at a level, or a vote carried up on a move. Rows are
-- never updated. approvals_required is what the current target's approval rules ask for the decision (1 for every
-- escalation opened before, as before).
create table escalation_vote (
    id            varchar(36)   primary key,
    escalation_id varchar(36)   not null,
    level         integer       not null,
    voter         varchar(200)  not null,
    on_behalf_of  varchar(200),
    outcome       varchar(20)   not null,
    voted_at      timestamp(6) with time zone not null,
    comment       varchar(2000),
    basis         varchar(500)  not null,
    carried       boolean       not null
);
create index escalation_vote_level on escalation_vote (escalation_id, level);
alter table escalation add column approvals_required integer default 1 not null;
-- A vote step names its outcome and the count after it; a move up names the voters it carried and dropped (JSON
-- arrays of user ids). Null on every other step and on every step written before.
alter table escalation_step add column vote varchar(20);
alter table escalation_step add column approvals integer;
alter table escalation_step add column approvals_required integer;
alter table escalation_step add column carried_votes varchar(4000);
alter table escalation_step add column dropped_votes varchar(4000);
