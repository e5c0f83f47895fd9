-- An evidence item its uploader removed while the task was open: kept (with its file) for the
-- audit trail, no longer listed, counted or served.
alter table evidence add column removed_at timestamp;
alter table evidence add column removed_by varchar(64);
