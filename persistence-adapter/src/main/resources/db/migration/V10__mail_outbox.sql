-- Identity mails still to send (password reset, email verification), drained by a worker on any
-- node: a claim sets claimed_until (taken with FOR UPDATE SKIP LOCKED), so each request is sent by
-- one node; a lapsed claim (a crashed node) is taken up again. Rows hold no secret: the token is
-- issued when the mail is sent. A row is deleted once sent or given up.
create table mail_outbox (
    id              text        primary key,
    kind            text        not null check (kind in ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    recipient       text        not null,
    link_prefix     text        not null,
    link_suffix     text        not null,
    requested_at    timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    last_error      text
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at);
