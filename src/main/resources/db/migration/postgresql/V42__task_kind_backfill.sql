-- Marks the inherited tasks written before V41 and keeps kind equal to having a parent task
-- (task_inherited_check ties the parent task to the inheritance state already).
-- The update runs with the system scope, as row-level security is forced on task (see V21).

select set_config('app.scope', '*', true);

update task set kind = 'INHERITED' where parent_task_id is not null;

alter table task add constraint task_kind_check
    check (kind = case when parent_task_id is null then 'OWN' else 'INHERITED' end);
