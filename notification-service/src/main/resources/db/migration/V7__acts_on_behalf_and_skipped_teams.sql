-- A delegate's acknowledgement or resolution names the lead they acted for (null: the actor acted in their own right).
alter table escalation_record add column acknowledged_on_behalf_of varchar(200);
alter table escalation_record add column resolved_on_behalf_of varchar(200);
-- The teams a routing level passed over and why, as decision-service stated them: a JSON array of
-- {"teamId", "reason", "detail"}; null for levels whose event did not say (written before routing explained itself).
alter table escalation_route add column skipped varchar(20000);
