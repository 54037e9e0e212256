-- Project versions (issue 12, ADR 0082): every stored change of a project's document, name or
-- engine is copied here, in the transaction of the save, by one INSERT … SELECT from the updated
-- row. Rows never change except their notes (label, message). Numbers count up per project and are
-- never reused; a retention (VERSIONS_KEEP) may forget old unlabelled ones.
create table project_version (
    project_id uuid        not null references project (id) on delete cascade,
    number     bigint      not null,
    revision   bigint      not null,
    name       text        not null,
    engine     text        not null,
    data       jsonb       not null,
    author_id  text        not null,
    created_at timestamptz not null,
    label      text,
    message    text,
    primary key (project_id, number),
    constraint project_version_number_check check (number >= 1),
    constraint project_version_engine_check check (engine in ('PostgreSQL', 'MySQL', 'SQLite')),
    constraint project_version_label_check
        check (label is null or (char_length(label) between 1 and 100)),
    constraint project_version_message_check
        check (message is null or (char_length(message) between 1 and 2000))
);

-- Existing projects start their history with their current state as version 1.
insert into project_version (project_id, number, revision, name, engine, data, author_id, created_at)
select id, 1, version, name, engine, data, user_id, updated_at
from project;
