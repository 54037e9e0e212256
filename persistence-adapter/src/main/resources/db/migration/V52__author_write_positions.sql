-- With DATABASE_READ_URL (a streaming replica for project lists), the primary's WAL position
-- after each author's latest project write (ADR 0108): a list goes to the replica only when
-- pg_last_wal_replay_lsn() there has reached the caller's position, so authors read their own
-- writes. One row per author who wrote while a replica was configured.
create table author_write_position (
    user_id    text        primary key,
    lsn        pg_lsn      not null,
    written_at timestamptz not null
);
