-- Units are written by the officials who manage them, not only by the system scope: a unit the
-- scope covers (a new one is stored with its parent's path until its id is known; a rename; a
-- move inside the scope, whose new paths must stay inside it).
drop policy administrative_unit_scope on administrative_unit;
create policy administrative_unit_scope on administrative_unit
    using (dtiplan_covers(path) or dtiplan_is_ancestor(path))
    with check (dtiplan_scope() = '*' or dtiplan_covers(path));

-- a code names one unit in force: the duplicate is refused whatever the writer's scope sees
create unique index administrative_unit_code_in_force on administrative_unit (code) where valid_to is null;
