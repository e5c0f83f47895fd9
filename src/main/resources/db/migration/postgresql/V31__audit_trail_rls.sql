-- Audit events are read by those who see the record's unit; written in any scope that covers it;
-- never updated or deleted by the application.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_read on audit_event for select using (dtiplan_covers(unit_path));
create policy audit_event_write on audit_event for insert with check (dtiplan_covers(unit_path));

do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke update, delete on audit_event from %I', '${appRole}');
    end if;
end
$$;
