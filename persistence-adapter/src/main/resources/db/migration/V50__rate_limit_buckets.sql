-- Rate-limit token buckets shared by every DBKeep instance on this database (ADR 0109). A key
-- (a route group with a client address, an email or an account) is stored as the SHA-256 of its
-- UTF-8 bytes (computed by the caller: a key may hold characters PostgreSQL's text refuses, such
-- as NUL), so a long or odd key never meets the index's size limit and no email is kept in clear. A bucket
-- holds up to the limit's capacity of tokens and refills at capacity per window; a row untouched
-- for a window is full again and is forgotten by a periodic job.
create table rate_limit_bucket (
    key_hash    bytea            primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null
);

create index rate_limit_bucket_refilled_idx on rate_limit_bucket (refilled_at);

-- Takes one token from the bucket of key_hash as of at_time: 0 when taken, otherwise the seconds
-- until a token is back. One call is one statement; the row lock serialises concurrent calls for
-- one key across instances. A time before the last refill (a clock behind) refills nothing.
create function dbkeep_take_token(hashed bytea, capacity integer, window_seconds numeric,
                                  at_time timestamptz)
returns double precision
language plpgsql
as $$
declare
    had       double precision;
    refilled  timestamptz;
    available double precision;
begin
    insert into rate_limit_bucket (key_hash, tokens, refilled_at)
    values (hashed, capacity, at_time)
    on conflict (key_hash) do nothing;

    select tokens, refilled_at into had, refilled
      from rate_limit_bucket where key_hash = hashed for update;

    available := least(capacity::double precision,
                       had + (greatest(0, extract(epoch from (at_time - refilled)))
                              * capacity / window_seconds)::double precision);
    if available >= 1 then
        update rate_limit_bucket
           set tokens = available - 1, refilled_at = greatest(refilled, at_time)
         where key_hash = hashed;
        return 0;
    end if;
    update rate_limit_bucket
       set tokens = available, refilled_at = greatest(refilled, at_time)
     where key_hash = hashed;
    return (1 - available) * window_seconds::double precision / capacity;
end;
$$;
