-- The teams each routing step (OPENED, MOVED_UP) passed over and why, as a JSON array of {teamId, reason, detail},
-- nearest first; null when it passed over none, as every step written before this column existed. A step's hash
-- covers its skipped teams only when there are some, so those earlier steps keep their hashes.
alter table escalation_step add column skipped varchar(20000);
