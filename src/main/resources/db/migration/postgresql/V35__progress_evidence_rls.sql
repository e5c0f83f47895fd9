-- Progress and evidence are read by the owning unit and the units above it; written only in a
-- scope that covers the owner (the services further require the owner itself).
alter table task_progress enable row level security;
alter table task_progress force row level security;
create policy task_progress_scope on task_progress
    using (dtiplan_covers(unit_path)) with check (dtiplan_covers(unit_path));

alter table progress_update enable row level security;
alter table progress_update force row level security;
create policy progress_update_scope on progress_update
    using (dtiplan_covers(unit_path)) with check (dtiplan_covers(unit_path));

alter table evidence enable row level security;
alter table evidence force row level security;
create policy evidence_scope on evidence
    using (dtiplan_covers(unit_path)) with check (dtiplan_covers(unit_path));
