-- Indexes for the audit list's filters (AuditCriteria), so that it stays fast with millions of escalations. Each
-- selective equality filter leads an index that ends in the id, so a page of the newest matching rows reads one index
-- backwards from the keyset and stops after a page; the others answer "which escalations" sub-selects by index.
create index escalation_record_category on escalation_record (category, id);
create index escalation_record_decided_by on escalation_record (decided_by, id);
create index escalation_record_status on escalation_record (status, id);
-- The approver filter: an approving resolution here, an approving vote in escalation_vote.
create index escalation_record_resolved_by on escalation_record (resolved_by, id);
create index escalation_vote_voted_by on escalation_vote (voted_by, escalation_id);
-- The amount band, with or without its currency.
create index escalation_record_budget on escalation_record (budget_amount, budget_currency);
-- A team's subtree, and the roots of the tree, in the replica.
create index team_replica_parent on team_replica (parent_id);
