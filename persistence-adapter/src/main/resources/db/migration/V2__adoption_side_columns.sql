-- Side columns for databases adopted from the original DBKeep (see OriginalDatabaseAdoption):
-- legacy_data keeps a project's original text when it was not a JSON object (data then holds an
-- empty document), legacy_engine an engine DBKeep did not recognise. Adoption adds them itself;
-- this migration gives every database the same schema, so backups restore anywhere.
alter table project add column if not exists legacy_data text;
alter table project add column if not exists legacy_engine text;
