-- Departments get an optimistic-lock version like every other edited record: a rename naming the
-- version it was made on (If-Match) is refused when the department changed since.
alter table department add column version bigint not null default 0;
