-- Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d), as the "remit" user on
-- the "remit" database. It creates nothing on purpose: each service creates and migrates its own schema with Flyway
-- on start-up (remit_team, remit_decision, remit_notification), exactly as it does in production.
COMMENT ON DATABASE remit
    IS 'Remit: schemas remit_team, remit_decision, remit_notification, each created by its service''s Flyway migrations';
