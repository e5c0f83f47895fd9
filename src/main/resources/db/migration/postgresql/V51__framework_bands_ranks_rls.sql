-- Grade bands follow their framework's policies (read below the issuer, written by its subtree);
-- published ranks follow their assessment's (the assessed unit and the units above it).
alter table framework_band enable row level security;
alter table framework_band force row level security;
create policy framework_band_scope on framework_band
    using (exists (select 1 from index_framework f where f.id = framework_id
                   and (dtiplan_covers(f.issuer_path) or dtiplan_is_ancestor(f.issuer_path))))
    with check (exists (select 1 from index_framework f where f.id = framework_id and dtiplan_covers(f.issuer_path)));

alter table assessment_rank enable row level security;
alter table assessment_rank force row level security;
create policy assessment_rank_scope on assessment_rank
    using (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)))
    with check (exists (select 1 from assessment a where a.id = assessment_id and dtiplan_covers(a.unit_path)));
