-- The decision lifecycle (PENDING, IN_EFFECT, REJECTED, WITHDRAWN, SUPERSEDED). Existing decisions get the status
-- their verdict and escalation give them. None of these columns is part of an existing entry's hashed content:
-- entries of hash version 1 keep their text; version 2 hashes recorded_status, imported, supersedes and the status
-- changes an entry's act caused.
alter table decision add column status varchar(20) default 'PENDING' not null;
alter table decision add column recorded_status varchar(20);
alter table decision add column imported boolean default false not null;
alter table decision add column supersedes varchar(36);
alter table decision add column superseded_by varchar(36);
alter table decision add column status_changes varchar(2000);
update decision set status = 'IN_EFFECT' where verdict = 'WITHIN_REMIT';
update decision set status = 'IN_EFFECT'
    where exists (select 1 from escalation e where e.decision_id = decision.id and e.status = 'APPROVED');
update decision set status = 'REJECTED'
    where exists (select 1 from escalation e where e.decision_id = decision.id and e.status = 'REJECTED');
create index decision_by_status on decision (status, id);
create index decision_by_supersedes on decision (supersedes);

alter table escalation_step add column status_changes varchar(2000);

-- An act on a decision that has no open escalation to carry it (withdrawing a decision in effect): one entry of the
-- team's log, introduced at hash version 2.
create table decision_act (
    id             varchar(36)  primary key,
    decision_id    varchar(36)  not null,
    team_id        varchar(63)  not null,
    action         varchar(20)  not null,
    actor          varchar(200) not null,
    on_behalf_of   varchar(200),
    basis          varchar(500),
    reason         varchar(2000) not null,
    occurred_at    timestamp(6) with time zone not null,
    status_changes varchar(2000),
    log_seq        bigint       not null,
    hash           varchar(64)  not null,
    previous_hash  varchar(64),
    hash_version   integer      not null,
    constraint decision_act_log_place unique (team_id, log_seq)
);
create index decision_act_decision on decision_act (decision_id);
