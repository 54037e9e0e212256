-- When each periodic background job last ran and is next due, shared by every DBKeep instance
-- on this database (ADR 0109): an instance runs a job only when it takes the job's transaction
-- advisory lock (pg_try_advisory_xact_lock, never waiting) and the job is due, and moves
-- next_due_at on in the same transaction as the job's work, so each period's run happens once.
create table periodic_job (
    name         text        primary key,
    next_due_at  timestamptz not null,
    first_run_at timestamptz not null,
    last_run_at  timestamptz not null,
    runs         bigint      not null
);
