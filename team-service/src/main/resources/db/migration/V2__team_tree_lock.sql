-- One row that every change to the tree's shape (a new team, a move, an archive) locks first: those changes then
-- take turns, and each re-checks the tree it sees under the lock (no cycle, one root, no active team under an
-- archived one). Other writes never touch it.
create table team_tree_lock (
    id varchar(16) primary key
);
insert into team_tree_lock (id) values ('tree');
