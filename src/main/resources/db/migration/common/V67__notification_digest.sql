-- The daily notification digests sent, one row per account and day (Vietnam date): the key is what
-- keeps a digest to one mail per account per day, on every instance of a cluster. Not tenant-owned:
-- keyed by the account, written by the system's digest round only, like sign_in_failure.
create table notification_digest (
    username  varchar(64)  not null,
    digest_day date        not null,
    items     integer      not null,
    sent_at   timestamp    not null,
    primary key (username, digest_day)
);
