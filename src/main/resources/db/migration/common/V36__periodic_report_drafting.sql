-- Who drafted and last edited a periodic report, and the figures it was drafted from.
alter table periodic_report add column drafted_by varchar(64);
alter table periodic_report add column drafted_at timestamp;
alter table periodic_report add column edited_by varchar(64);
alter table periodic_report add column edited_at timestamp;
alter table periodic_report add column task_count integer not null default 0;
alter table periodic_report add column done_count integer not null default 0;
alter table periodic_report add column in_progress_count integer not null default 0;
alter table periodic_report add column overdue_count integer not null default 0;
create index periodic_report_period_idx on periodic_report (frequency, period_end);
