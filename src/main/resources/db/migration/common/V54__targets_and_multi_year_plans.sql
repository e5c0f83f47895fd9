-- Measurable targets on tasks (indicator, unit, baseline, value, direction, latest measured value),
-- the value measured with each progress report, and plans that span years (to_year) or are
-- open-ended ("năm 2024 và các năm tiếp theo"). No new table: the existing policies cover the columns.
alter table task add column target_indicator varchar(400);
alter table task add column target_unit varchar(40);
alter table task add column target_baseline numeric(18, 4);
alter table task add column target_value numeric(18, 4);
alter table task add column target_direction varchar(16);
alter table task add column target_latest numeric(18, 4);
alter table progress_update add column measured numeric(18, 4);
alter table plan add column to_year integer;
alter table plan add column open_ended boolean default false not null;
