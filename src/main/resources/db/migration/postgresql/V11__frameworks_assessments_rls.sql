-- Row-level security for frameworks and assessments (see V2 for the helper functions).
-- A framework is readable by its issuer's subtree and by every unit below the issuer
-- (dtiplan_is_ancestor); its pillars and criteria are writable only inside the issuer's subtree. An assessment belongs
-- to the assessed unit: readable and writable by the unit and the units above it.

alter table index_framework enable row level security;
alter table index_framework force row level security;
create policy index_framework_read on index_framework for select
    using (dtiplan_covers(issuer_path) or dtiplan_is_ancestor(issuer_path));
create policy index_framework_insert on index_framework for insert
    with check (dtiplan_covers(issuer_path));
create policy index_framework_delete on index_framework for delete
    using (dtiplan_covers(issuer_path));
-- a unit below the issuer freezes the framework with its first assessment: it may update the
-- row it reads (the application changes nothing else of a framework it did not issue)
create policy index_framework_update on index_framework for update
    using (dtiplan_covers(issuer_path) or dtiplan_is_ancestor(issuer_path))
    with check (dtiplan_covers(issuer_path) or dtiplan_is_ancestor(issuer_path));

alter table framework_pillar enable row level security;
alter table framework_pillar force row level security;
create policy framework_pillar_scope on framework_pillar
    using (exists (select 1 from index_framework f where f.id = framework_id
                   and (dtiplan_covers(f.issuer_path) or dtiplan_is_ancestor(f.issuer_path))))
    with check (exists (select 1 from index_framework f where f.id = framework_id and dtiplan_covers(f.issuer_path)));

alter table framework_criterion enable row level security;
alter table framework_criterion force row level security;
create policy framework_criterion_scope on framework_criterion
    using (exists (select 1 from framework_pillar p join index_framework f on f.id = p.framework_id
                   where p.id = pillar_id and (dtiplan_covers(f.issuer_path) or dtiplan_is_ancestor(f.issuer_path))))
    with check (exists (select 1 from framework_pillar p join index_framework f on f.id = p.framework_id
                        where p.id = pillar_id and dtiplan_covers(f.issuer_path)));

alter table assessment enable row level security;
alter table assessment force row level security;
create policy assessment_scope on assessment
    using (dtiplan_covers(unit_path))
    with check (dtiplan_covers(unit_path));

alter table assessment_pillar_score enable row level security;
alter table assessment_pillar_score force row level security;
create policy assessment_pillar_score_scope on assessment_pillar_score
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));

alter table assessment_criterion_score enable row level security;
alter table assessment_criterion_score force row level security;
create policy assessment_criterion_score_scope on assessment_criterion_score
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));

alter table assessment_adjustment enable row level security;
alter table assessment_adjustment force row level security;
create policy assessment_adjustment_scope on assessment_adjustment
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));

alter table assessment_step enable row level security;
alter table assessment_step force row level security;
create policy assessment_step_scope on assessment_step
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));
