-- An escalation's events take effect in the order they arrived: while one of its levels waits for its team, its later
-- events wait behind it, so a parked event names its escalation and its type. Rows parked before this version (a few
-- moments' worth at most) have neither and are released one by one, as before.
alter table parked_escalation add column escalation_id varchar(36);
alter table parked_escalation add column event_type varchar(100);
create index parked_escalation_escalation on parked_escalation (escalation_id, parked_at);
