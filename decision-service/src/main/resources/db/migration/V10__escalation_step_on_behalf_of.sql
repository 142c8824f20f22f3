-- An act by a delegate records the lead it stood in for; every act records in what right its actor acted. Both are
-- hashed only when present, so the steps written before keep their hashes.
alter table escalation_step add column on_behalf_of varchar(200);
alter table escalation_step add column basis varchar(500);
