-- A key is stored with its response in the request's own transaction; there is no claimed state any more.
alter table idempotency_key drop column state;
