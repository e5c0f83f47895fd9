-- A unit reads its own notifications (and, like every record, those of the units below it);
-- the scheduled sweep writes them in the system scope.
alter table notification enable row level security;
alter table notification force row level security;
create policy notification_scope on notification
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));

alter table notification_read enable row level security;
alter table notification_read force row level security;
create policy notification_read_scope on notification_read
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));
