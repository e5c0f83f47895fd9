-- Scopes after a reorganisation: app.scope holds the scope's roots, comma-separated, its own
-- unit first ('1.9,1.5.23,1.5.24': a merged ward also covers its predecessors' subtrees), or '*'.
-- Same rule as domain.tenancy.Visibility; VisibilityAgreementIT proves them equal.

create or replace function dtiplan_roots() returns text[]
    language sql stable as $$ select string_to_array(dtiplan_scope(), ',') $$;

-- the unit with this path lies in one of the scope's subtrees
create or replace function dtiplan_covers(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() = '*'
                    or exists (select 1 from unnest(dtiplan_roots()) r
                               where unit_path = r or unit_path like r || '.%'), false) $$;

-- the unit with this path lies above one of the scope's roots (its name may be shown)
create or replace function dtiplan_is_ancestor(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() <> '*'
                    and exists (select 1 from unnest(dtiplan_roots()) r where r like unit_path || '.%'), false) $$;

-- the scope's own unit (the first root) or the whole tree: drafts stay there
create or replace function dtiplan_owns(unit_path text) returns boolean
    language sql stable as $$
    select coalesce(dtiplan_scope() = '*' or unit_path = split_part(dtiplan_scope(), ',', 1), false) $$;

drop policy plan_scope on plan;
create policy plan_scope on plan
    using (dtiplan_owns(unit_path)
           or (status <> 'DRAFT' and (dtiplan_covers(unit_path) or dtiplan_is_ancestor(unit_path))))
    with check (dtiplan_covers(unit_path));

drop policy task_scope on task;
create policy task_scope on task
    using (dtiplan_owns(unit_path)
           or (published and (dtiplan_covers(unit_path) or (cascade and dtiplan_is_ancestor(unit_path)))))
    with check (dtiplan_covers(unit_path));

-- a draft reorganisation belongs to the scope that drafted it (null: the system administrator)
alter table reorganisation enable row level security;
alter table reorganisation force row level security;
create policy reorganisation_scope on reorganisation
    using (dtiplan_scope() = '*' or dtiplan_covers(owner_path))
    with check (dtiplan_scope() = '*' or dtiplan_covers(owner_path));

alter table reorganisation_change enable row level security;
alter table reorganisation_change force row level security;
create policy reorganisation_change_scope on reorganisation_change
    using (exists (select 1 from reorganisation r where r.id = reorganisation_id))
    with check (exists (select 1 from reorganisation r where r.id = reorganisation_id));
