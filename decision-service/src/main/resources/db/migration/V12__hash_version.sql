-- Every log entry says which canonical form it was hashed at. Entries written so far are version 1 and are read at
-- version 1 for ever; new entries are written at the current version (see HashVersions).
alter table decision add column hash_version integer default 1 not null;
alter table escalation_step add column hash_version integer default 1 not null;
