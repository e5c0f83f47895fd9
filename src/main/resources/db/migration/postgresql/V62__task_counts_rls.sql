-- Row-level security for the kept roll-up figures (V61): the caller's subtree, as task_progress.
-- The pattern index serves the subtree's "unit_path like 'x.%'" under any collation.
alter table task_count enable row level security;
alter table task_count force row level security;
create policy task_count_scope on task_count
    using (dtiplan_covers(unit_path)) with check (dtiplan_covers(unit_path));

create index task_count_unit_path_pattern_idx on task_count (unit_path varchar_pattern_ops);
