-- Row-level security for the kept pillar scores (V88): those of the assessments the caller may read,
-- as assessment_pillar_score.
alter table assessment_kept_pillar enable row level security;
alter table assessment_kept_pillar force row level security;
create policy assessment_kept_pillar_scope on assessment_kept_pillar
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));
