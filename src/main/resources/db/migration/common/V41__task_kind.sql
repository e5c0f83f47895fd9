-- Own and inherited tasks are two entity types on the task table (JPA single-table inheritance,
-- Task and InheritedTask): kind tells them apart. Rows written before this version are marked
-- by V42 (per vendor: on PostgreSQL the update must pass row-level security).
alter table task add column kind varchar(16) default 'OWN' not null;
