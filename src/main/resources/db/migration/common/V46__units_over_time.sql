-- Units over time (issue 14): hamlets below wards and retired departments. The successions an
-- import of a past tree records (old unit -> the unit that took it over) go into unit_succession
-- (V48), the table reorganisations write.

alter table administrative_unit drop constraint administrative_unit_level_check;
alter table administrative_unit add constraint administrative_unit_level_check
    check (level in ('PROVINCE', 'CITY', 'WARD', 'HAMLET'));

-- a department is retired, never deleted; a retired name may be used again in the unit
alter table department add column retired_on date;
alter table department drop constraint department_unit_name_unique;
create index department_unit_idx on department (unit_id);
