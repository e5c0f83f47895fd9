-- The sign-in throttle's counts (SignInThrottle), shared by every instance of a cluster. Not
-- tenant-owned: read before anyone is signed in, keyed by the name as typed.
create table sign_in_failure (
    user_key      varchar(200)  not null primary key,
    failures      integer       not null,
    first_failure timestamp     not null,
    locked_until  timestamp
);
