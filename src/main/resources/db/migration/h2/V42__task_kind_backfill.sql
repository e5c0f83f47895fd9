-- Marks the inherited tasks written before V41 and keeps kind equal to having a parent task
-- (the PostgreSQL script of this version also sets the system scope for row-level security).

update task set kind = 'INHERITED' where parent_task_id is not null;

alter table task add constraint task_kind_check
    check (kind = case when parent_task_id is null then 'OWN' else 'INHERITED' end);
