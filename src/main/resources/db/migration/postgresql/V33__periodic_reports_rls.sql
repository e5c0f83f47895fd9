-- A unit reads and writes its own reports and those of the units below it (the parent approves).
alter table periodic_report enable row level security;
alter table periodic_report force row level security;
create policy periodic_report_scope on periodic_report
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));
