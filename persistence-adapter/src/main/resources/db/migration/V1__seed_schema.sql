-- DBKeep's seed schema: the five tables of the original DBKeep (Better Auth's user, session,
-- account and verification, and project), with the original's column names, plus the admin
-- columns on "user", timestamps on session, and ownership and version on project.

create table "user" (
    id             text primary key,
    name           text        not null,
    email          text        not null unique,
    email_verified boolean     not null default false,
    image          text,
    role           text        not null default 'user',
    banned         boolean     not null default false,
    ban_reason     text,
    ban_expires    timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint user_role_check check (role in ('user', 'admin'))
);

create table session (
    id         text primary key,
    expires_at timestamptz not null,
    token      text        not null unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    ip_address text,
    user_agent text,
    user_id    text        not null references "user" (id) on delete cascade
);
create index session_user_id_idx on session (user_id);

create table account (
    id                       text primary key,
    account_id               text        not null,
    provider_id              text        not null,
    user_id                  text        not null references "user" (id) on delete cascade,
    access_token             text,
    refresh_token            text,
    id_token                 text,
    access_token_expires_at  timestamptz,
    refresh_token_expires_at timestamptz,
    scope                    text,
    password                 text,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);
create index account_user_id_idx on account (user_id);

create table verification (
    id         text primary key,
    identifier text        not null,
    value      text        not null,
    expires_at timestamptz not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index verification_identifier_idx on verification (identifier);

create table project (
    id         uuid primary key default gen_random_uuid(),
    name       text        not null,
    engine     text        not null default 'PostgreSQL',
    data       jsonb       not null default '{"tables":[],"relations":[],"groups":[],"notes":[]}'::jsonb,
    user_id    text        not null references "user" (id) on delete cascade,
    owner_id   text        not null,
    owner_type text        not null default 'user',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    bigint      not null default 1,
    constraint project_engine_check check (engine in ('PostgreSQL', 'MySQL', 'SQLite')),
    constraint project_owner_type_check check (owner_type in ('user', 'team'))
);
create index project_user_id_updated_at_idx on project (user_id, updated_at desc);
