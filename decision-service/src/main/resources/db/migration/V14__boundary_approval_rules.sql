-- Approval rules of a boundary version, as a JSON array of {minBudget?: {amount, currency}, minRisk?, irreversible?,
-- required}; null when it states none, as every version written before. The root team may hold a version with rules
-- only, which has no risk or scope limit: those columns become nullable for it (every other version still has both).
alter table boundary add column approvals varchar(4000);
alter table boundary alter column max_risk drop not null;
alter table boundary alter column max_scope drop not null;
