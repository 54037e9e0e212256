-- Side columns for databases adopted from the original DBKeep (see OriginalDatabaseAdoption):
-- legacy_data keeps a project's original text when it was not a JSON object (data then holds an
-- empty document), legacy_engine an engine DBKeep did not recognise. Adoption adds them itself;
-- this migration gives every database the same schema, so backups restore anywhere. (Checked
-- first rather than "add column if not exists", whose notice would be logged as a warning.)
do $$
begin
    if not exists (select 1 from information_schema.columns
                    where table_schema = current_schema() and table_name = 'project'
                      and column_name = 'legacy_data') then
        alter table project add column legacy_data text;
    end if;
    if not exists (select 1 from information_schema.columns
                    where table_schema = current_schema() and table_name = 'project'
                      and column_name = 'legacy_engine') then
        alter table project add column legacy_engine text;
    end if;
end
$$;
