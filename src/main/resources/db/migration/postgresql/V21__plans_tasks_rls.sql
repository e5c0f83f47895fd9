-- Row-level security for plans, tasks, revisions and change notices (see V20, V2).
-- Drafts stay in their unit: a draft plan and the tasks of a draft plan are seen only with the
-- unit's own scope. Issued plans and published tasks are seen in the subtree above them too,
-- and the issued plans of an ancestor, with their cascading tasks, reach the units below.
-- Writes stay inside the caller's subtree (issuing writes the copies of the child units).

alter table plan enable row level security;
alter table plan force row level security;
create policy plan_scope on plan
    using (dtiplan_scope() = '*' or unit_path = dtiplan_scope()
           or (status <> 'DRAFT' and (dtiplan_covers(unit_path) or dtiplan_is_ancestor(unit_path))))
    with check (dtiplan_covers(unit_path));

alter table task enable row level security;
alter table task force row level security;
create policy task_scope on task
    using (dtiplan_scope() = '*' or unit_path = dtiplan_scope()
           or (published and (dtiplan_covers(unit_path) or (cascade and dtiplan_is_ancestor(unit_path)))))
    with check (dtiplan_covers(unit_path));

alter table task_revision enable row level security;
alter table task_revision force row level security;
create policy task_revision_scope on task_revision
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));

alter table change_notice enable row level security;
alter table change_notice force row level security;
create policy change_notice_scope on change_notice
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));
