-- Several indices per unit and year (issue 16): a framework has a kind (DTI, PAR or an issuer's
-- own short code) and grade bands; a unit has one assessment per framework (the framework fixes
-- the year), and an assessment keeps its ranks as published at several scopes.

alter table index_framework add column kind varchar(16) default 'DTI' not null;

create table framework_band (
    framework_id  bigint        not null references index_framework (id),
    position      integer       not null,
    min_points    numeric(9, 4) not null,
    label         varchar(100)  not null,
    primary key (framework_id, position)
);

alter table assessment drop constraint assessment_unit_year_unique;
alter table assessment add constraint assessment_unit_framework_unique unique (unit_id, framework_id);
create index assessment_unit_year_idx on assessment (unit_id, score_year);

create table assessment_rank (
    assessment_id  bigint       not null references assessment (id),
    position       integer      not null,
    scope_code     varchar(16)  not null,
    rank_value     integer      not null,
    rank_of        integer      not null,
    primary key (assessment_id, position)
);
