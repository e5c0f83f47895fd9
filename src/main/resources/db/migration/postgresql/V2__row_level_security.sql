-- Row-level security: the backstop under the repositories' scope filters.
-- The application sets app.scope per transaction (set_config(..., true)): '*' for everything,
-- else the materialised path of the caller's unit. Unset or empty means no rows.

create or replace function dtiplan_scope() returns text
    language sql stable as $$ select nullif(current_setting('app.scope', true), '') $$;

-- the unit with this path lies in the caller's subtree
create or replace function dtiplan_covers(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() = '*'
                    or unit_path = dtiplan_scope()
                    or unit_path like dtiplan_scope() || '.%', false) $$;

-- the unit with this path is an ancestor of the caller's unit (its name may be shown)
create or replace function dtiplan_is_ancestor(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() <> '*' and dtiplan_scope() like unit_path || '.%', false) $$;

alter table administrative_unit enable row level security;
alter table administrative_unit force row level security;
create policy administrative_unit_scope on administrative_unit
    using (dtiplan_covers(path) or dtiplan_is_ancestor(path))
    with check (dtiplan_scope() = '*');

alter table department enable row level security;
alter table department force row level security;
create policy department_scope on department
    using (exists (select 1 from administrative_unit u where u.id = unit_id and dtiplan_covers(u.path)))
    with check (exists (select 1 from administrative_unit u where u.id = unit_id and dtiplan_covers(u.path)));

-- app_user and app_user_role are read by the identity store before any scope exists;
-- the application reads them only through scoped repository queries.

do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', '${appRole}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${appRole}');
    end if;
end
$$;
