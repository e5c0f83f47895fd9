-- The assessments a plan answers and the criteria it leaves for later with a reason (issue 16),
-- as JSON text on the plan row: it is tenant-owned with the plan, under the plan's policies.
alter table plan add column answers varchar(16000);
