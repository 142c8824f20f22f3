-- Ids of consumed events, stored in the same transaction as their effect: a redelivery changes nothing.
create table processed_event (
    event_id     varchar(100) primary key,
    processed_at timestamp(6) with time zone not null
);
