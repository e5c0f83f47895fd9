-- Accounts get an optimistic-lock version like every other edited record: the accounts screen
-- names the version it showed, and a change made elsewhere since is refused (reload).
alter table app_user add column version bigint not null default 0;
