-- One row per category that boundary writes lock first: the writes of one category then take turns, and each
-- checks nesting (rule 5) against every earlier one committed. A category's row is created by its first write.
create table boundary_category_lock (
    category varchar(63) primary key
);
