-- The same scope rules as V49, written as plain expressions: V49's exists (select ... from
-- unnest(...)) ran a subplan for every row a policy checked (a seq scan of task_count's 6,761 rows
-- under a province's scope took 75-94 ms, 15 ms written as below; 1.05 s against 0.34 s over 169,122
-- tasks). Roots are unit paths (digits and dots), so they hold no LIKE wildcard.

-- the unit with this path lies in one of the scope's subtrees: equal to a root, or below one
create or replace function dtiplan_covers(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() = '*'
                    or unit_path = any (dtiplan_roots())
                    or unit_path like any (string_to_array(replace(dtiplan_scope(), ',', '.%,') || '.%', ',')),
                    false) $$;

-- the unit with this path lies above one of the scope's roots: some root starts with the path and a dot
create or replace function dtiplan_is_ancestor(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() <> '*'
                    and (',' || dtiplan_scope()) like ('%,' || unit_path || '.%'), false) $$;
