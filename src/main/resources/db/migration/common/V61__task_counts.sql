-- The roll-up figures kept as work happens (issue 15): per owning unit and due date, the counted
-- tasks by adoption state, done, and still owing their due date (overdue = owing with a due date
-- before today, summed when read). Recounted per unit in the transaction that changes its tasks
-- (TaskCountMaintenance); filled by V63; POST /api/admin/task-counts recounts everything.
create table task_count (
    unit_path   varchar(400)  not null,
    due         date,
    tasks       bigint        not null,
    pending     bigint        not null,
    adopted     bigint        not null,
    declined    bigint        not null,
    done        bigint        not null,
    owing       bigint        not null
);
create index task_count_unit_path_idx on task_count (unit_path);
