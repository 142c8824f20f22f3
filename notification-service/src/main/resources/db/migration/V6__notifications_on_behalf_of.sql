-- A delegate's notification names the lead they stand in for; a lead's own, or a team channel's, has none.
alter table notification add column on_behalf_of varchar(200);
-- One escalation notice per inbox, level and user, whoever writes it (routing, or the catch-up when a delegation
-- starts), on any replica: "<escalation id>/<level>/<user id>" for ESCALATED inbox notifications, null for the others
-- (reminders repeat; emails and webhooks belong to the team). Rows written before this version have none.
alter table notification add column inbox_key varchar(300);
create unique index notification_inbox_key on notification (inbox_key);
