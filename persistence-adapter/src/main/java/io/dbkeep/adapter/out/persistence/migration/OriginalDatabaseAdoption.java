package io.dbkeep.adapter.out.persistence.migration;

import io.dbkeep.domain.database.AdoptionReport;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.json.JsonCodec;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/**
 * Brings a database of the original DBKeep (Nuxt/Drizzle, Better Auth) to DBKeep's seed schema
 * (migration V1) in place, on one connection inside the caller's transaction, keeping every row:
 *
 * <ul>
 *   <li>tables the original may lack ({@code session}, {@code account}, {@code verification}) are
 *       created, and columns it may lack are added with their defaults ({@code "user".role}, {@code
 *       banned}, …; {@code project.owner_id} from {@code user_id}, {@code owner_type}, {@code
 *       version}, …);
 *   <li>{@code project.data} (text holding JSON) becomes jsonb. A document that is not a JSON
 *       object is kept verbatim in {@code project.legacy_data} and replaced by an empty document; a
 *       missing one becomes an empty document;
 *   <li>engines are spelled as DBKeep spells them ({@code postgresql} → {@code PostgreSQL}); an
 *       unknown engine is kept in {@code project.legacy_engine} and set to PostgreSQL;
 *   <li>roles become {@code user} or {@code admin}, a missing {@code banned} becomes false;
 *   <li>the seed schema's constraints and indexes are added where missing.
 * </ul>
 *
 * Passwords stay as they are (Better Auth's scrypt {@code salt:key}); identity verifies them. Every
 * step is idempotent, so an interrupted adoption can simply run again.
 */
final class OriginalDatabaseAdoption {

  static final String EMPTY_DOCUMENT =
      "{\"tables\":[],\"relations\":[],\"groups\":[],\"notes\":[]}";

  private static final java.util.List<String> TABLES =
      java.util.List.of("user", "session", "account", "verification", "project");

  private final Connection connection;
  private final JsonCodec codec;
  private final java.util.List<String> columnsAdded = new ArrayList<>();

  OriginalDatabaseAdoption(Connection connection, JsonCodec codec) {
    this.connection = connection;
    this.codec = codec;
  }

  /** The original's tables ({@code "user"} and {@code project}) without a migration history. */
  static boolean isOriginalDatabase(Connection connection) throws SQLException {
    var tables = SchemaCatalog.allTables(connection);
    return !tables.contains(SchemaCatalog.HISTORY_TABLE)
        && tables.contains("user")
        && tables.contains("project");
  }

  AdoptionReport adopt() throws SQLException {
    execute("lock table \"user\", project in access exclusive mode");
    var rowsBefore = rowCounts();
    createMissingTables();
    addMissingColumns();
    normaliseUsers();
    normaliseSessionsAccountsVerifications();
    var engines = normaliseProjects();
    var documents = convertDocuments();
    addMissingConstraints();
    var rowsAfter = rowCounts();
    if (!rowsAfter.filterKeys(rowsBefore::containsKey).equals(rowsBefore)) {
      throw new IllegalStateException(
          "row counts changed during adoption (" + rowsBefore + " → " + rowsAfter + ")");
    }
    return new AdoptionReport(
        rowsAfter,
        List.ofAll(columnsAdded),
        documents.converted,
        documents.empty,
        List.ofAll(documents.unreadable),
        engines.normalised,
        List.ofAll(engines.unknown));
  }

  private LinkedHashMap<String, Long> rowCounts() throws SQLException {
    var counts = LinkedHashMap.<String, Long>empty();
    var present = SchemaCatalog.allTables(connection);
    for (var table : TABLES) {
      if (present.contains(table)) {
        counts = counts.put(table, SchemaCatalog.count(connection, table));
      }
    }
    return counts;
  }

  private void createMissingTables() throws SQLException {
    execute(
        "create table if not exists session (id text primary key,"
            + " expires_at timestamptz not null, token text not null unique,"
            + " created_at timestamptz not null default now(),"
            + " updated_at timestamptz not null default now(), ip_address text, user_agent text,"
            + " user_id text not null references \"user\" (id) on delete cascade)");
    execute(
        "create table if not exists account (id text primary key, account_id text not null,"
            + " provider_id text not null,"
            + " user_id text not null references \"user\" (id) on delete cascade,"
            + " access_token text, refresh_token text, id_token text,"
            + " access_token_expires_at timestamptz, refresh_token_expires_at timestamptz,"
            + " scope text, password text, created_at timestamptz not null default now(),"
            + " updated_at timestamptz not null default now())");
    execute(
        "create table if not exists verification (id text primary key,"
            + " identifier text not null, value text not null, expires_at timestamptz not null,"
            + " created_at timestamptz not null default now(),"
            + " updated_at timestamptz not null default now())");
  }

  private void addMissingColumns() throws SQLException {
    addColumn("user", "email_verified", "boolean not null default false");
    addColumn("user", "image", "text");
    addColumn("user", "role", "text");
    addColumn("user", "banned", "boolean");
    addColumn("user", "ban_reason", "text");
    addColumn("user", "ban_expires", "timestamptz");
    addColumn("user", "created_at", "timestamptz not null default now()");
    addColumn("user", "updated_at", "timestamptz not null default now()");
    addColumn("session", "created_at", "timestamptz default now()");
    addColumn("session", "updated_at", "timestamptz default now()");
    addColumn("session", "ip_address", "text");
    addColumn("session", "user_agent", "text");
    for (var column :
        java.util.List.of("access_token", "refresh_token", "id_token", "scope", "password")) {
      addColumn("account", column, "text");
    }
    addColumn("account", "access_token_expires_at", "timestamptz");
    addColumn("account", "refresh_token_expires_at", "timestamptz");
    addColumn("account", "created_at", "timestamptz default now()");
    addColumn("account", "updated_at", "timestamptz default now()");
    addColumn("verification", "created_at", "timestamptz default now()");
    addColumn("verification", "updated_at", "timestamptz default now()");
    addColumn("project", "engine", "text");
    addColumn("project", "data", "text");
    addColumn("project", "owner_id", "text");
    addColumn("project", "owner_type", "text");
    addColumn("project", "created_at", "timestamptz default now()");
    addColumn("project", "updated_at", "timestamptz default now()");
    addColumn("project", "version", "bigint");
    addColumn("project", "legacy_data", "text");
    addColumn("project", "legacy_engine", "text");
  }

  private void addColumn(String table, String column, String definition) throws SQLException {
    if (!SchemaCatalog.hasColumn(connection, table, column)) {
      execute(
          "alter table "
              + SchemaCatalog.quote(table)
              + " add column "
              + SchemaCatalog.quote(column)
              + " "
              + definition);
      columnsAdded.add(table + "." + column);
    }
  }

  private void normaliseUsers() throws SQLException {
    // Better Auth's admin plugin may hold several comma-separated roles: admin wins.
    execute(
        "update \"user\" set role = case when role ~* '(^|,)\\s*admin\\s*(,|$)' then 'admin'"
            + " else 'user' end where role is null or role not in ('user', 'admin')");
    execute("update \"user\" set banned = false where banned is null");
    execute("update \"user\" set created_at = now() where created_at is null");
    execute("update \"user\" set updated_at = created_at where updated_at is null");
    execute("update \"user\" set email_verified = false where email_verified is null");
    execute(
        "alter table \"user\" alter column role set default 'user',"
            + " alter column role set not null, alter column banned set default false,"
            + " alter column banned set not null, alter column email_verified set default false,"
            + " alter column email_verified set not null,"
            + " alter column created_at set default now(), alter column created_at set not null,"
            + " alter column updated_at set default now(), alter column updated_at set not null");
  }

  private void normaliseSessionsAccountsVerifications() throws SQLException {
    for (var table : java.util.List.of("session", "account", "verification")) {
      var quoted = SchemaCatalog.quote(table);
      execute("update " + quoted + " set created_at = now() where created_at is null");
      execute("update " + quoted + " set updated_at = created_at where updated_at is null");
      execute(
          "alter table "
              + quoted
              + " alter column created_at set default now(),"
              + " alter column created_at set not null,"
              + " alter column updated_at set default now(),"
              + " alter column updated_at set not null");
    }
  }

  private record EngineOutcome(int normalised, java.util.List<String> unknown) {}

  private EngineOutcome normaliseProjects() throws SQLException {
    execute("update project set owner_id = user_id where owner_id is null");
    execute(
        "update project set owner_type = case when lower(owner_type) = 'team' then 'team'"
            + " else 'user' end where owner_type is null or owner_type not in ('user', 'team')");
    execute("update project set version = 1 where version is null");
    execute("update project set created_at = now() where created_at is null");
    execute("update project set updated_at = created_at where updated_at is null");

    int normalised = 0;
    var unknown = new ArrayList<String>();
    var rows = new ArrayList<String[]>();
    try (var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select id::text, name, engine from project"
                    + " where engine is null or engine not in ('PostgreSQL', 'MySQL', 'SQLite')"
                    + " order by id")) {
      while (result.next()) {
        rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
      }
    }
    for (var row : rows) {
      var engine = Engine.parse(row[2]);
      try (var update =
          connection.prepareStatement(
              engine.isDefined()
                  ? "update project set engine = ? where id = ?::uuid"
                  : "update project set engine = ?, legacy_engine = engine where id = ?::uuid")) {
        update.setString(1, engine.map(Engine::displayName).getOrElse("PostgreSQL"));
        update.setString(2, row[0]);
        update.executeUpdate();
      }
      if (engine.isDefined()) {
        normalised++;
      } else if (row[2] == null) {
        normalised++;
      } else {
        unknown.add(row[0] + " \"" + row[1] + "\": " + row[2]);
      }
    }
    execute(
        "alter table project alter column engine set default 'PostgreSQL',"
            + " alter column engine set not null,"
            + " alter column owner_id set not null,"
            + " alter column owner_type set default 'user', alter column owner_type set not null,"
            + " alter column version set default 1, alter column version set not null,"
            + " alter column created_at set default now(), alter column created_at set not null,"
            + " alter column updated_at set default now(), alter column updated_at set not null,"
            + " alter column id set default gen_random_uuid()");
    return new EngineOutcome(normalised, unknown);
  }

  private static final class DocumentOutcome {
    int converted;
    int empty;
    final java.util.List<String> unreadable = new ArrayList<>();
  }

  private DocumentOutcome convertDocuments() throws SQLException {
    var outcome = new DocumentOutcome();
    var type = SchemaCatalog.columnType(connection, "project", "data");
    if ("jsonb".equals(type)) {
      execute(
          "update project set legacy_data = data::text, data = '"
              + EMPTY_DOCUMENT
              + "'::jsonb where data is not null and jsonb_typeof(data) <> 'object'");
      execute("update project set data = '" + EMPTY_DOCUMENT + "'::jsonb where data is null");
    } else {
      execute("alter table project add column if not exists data_adopted jsonb");
      var rows = new ArrayList<String[]>();
      try (var statement = connection.createStatement();
          var result =
              statement.executeQuery(
                  "select id::text, name, data::text from project order by id")) {
        while (result.next()) {
          rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
        }
      }
      for (var row : rows) {
        var text = row[2];
        String document;
        String legacy = null;
        if (text == null || text.isBlank()) {
          document = EMPTY_DOCUMENT;
          outcome.empty++;
        } else {
          var problem = readableObject(text);
          if (problem == null) {
            document = text;
            outcome.converted++;
          } else {
            document = EMPTY_DOCUMENT;
            legacy = text;
            outcome.unreadable.add(row[0] + " \"" + row[1] + "\": " + problem);
          }
        }
        try (var update =
            connection.prepareStatement(
                "update project set data_adopted = ?::jsonb, legacy_data = coalesce(?,"
                    + " legacy_data) where id = ?::uuid")) {
          update.setString(1, document);
          update.setString(2, legacy);
          update.setString(3, row[0]);
          update.executeUpdate();
        }
      }
      execute("alter table project drop column data");
      execute("alter table project rename column data_adopted to data");
    }
    execute(
        "alter table project alter column data set default '"
            + EMPTY_DOCUMENT
            + "'::jsonb, alter column data set not null");
    return outcome;
  }

  /**
   * Why {@code text} cannot be a project document, or null when it can: it must be a JSON object
   * that PostgreSQL stores as jsonb and DBKeep's reader accepts (duplicate member names are
   * resolved as the original did, the last one winning).
   */
  private String readableObject(String text) throws SQLException {
    String normalised;
    var savepoint = connection.setSavepoint();
    try (var statement = connection.prepareStatement("select ?::jsonb::text")) {
      statement.setString(1, text);
      try (var result = statement.executeQuery()) {
        result.next();
        normalised = result.getString(1);
      }
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      connection.rollback(savepoint);
      var message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return "not valid JSON (" + message.replaceFirst("^ERROR: ", "") + ")";
    }
    try {
      var value = codec.read(normalised);
      return value instanceof JsonObject ? null : "a JSON " + value.typeName() + ", not an object";
    } catch (RuntimeException e) {
      return "not readable (" + e.getMessage() + ")";
    }
  }

  private void addMissingConstraints() throws SQLException {
    addConstraint("user", "user_role_check", 'c', "check (role in ('user', 'admin'))", "role");
    addConstraint(
        "project",
        "project_engine_check",
        'c',
        "check (engine in ('PostgreSQL', 'MySQL', 'SQLite'))",
        "engine");
    addConstraint(
        "project",
        "project_owner_type_check",
        'c',
        "check (owner_type in ('user', 'team'))",
        "owner_type");
    addConstraint("user", "user_email_key", 'u', "unique (email)", "email");
    addConstraint("session", "session_token_key", 'u', "unique (token)", "token");
    for (var table : java.util.List.of("session", "account", "project")) {
      addConstraint(
          table,
          table + "_user_id_fkey",
          'f',
          "foreign key (user_id) references \"user\" (id) on delete cascade",
          "user_id");
    }
    execute("create index if not exists session_user_id_idx on session (user_id)");
    execute("create index if not exists account_user_id_idx on account (user_id)");
    execute("create index if not exists verification_identifier_idx on verification (identifier)");
    execute(
        "create index if not exists project_user_id_updated_at_idx"
            + " on project (user_id, updated_at desc)");
  }

  /**
   * Adds a constraint unless the table already has one of that kind on exactly that column (under
   * whatever name the original gave it).
   */
  private void addConstraint(String table, String name, char kind, String definition, String column)
      throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select 1 from pg_constraint k join pg_class c on c.oid = k.conrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " join pg_attribute a on a.attrelid = c.oid and a.attnum = any (k.conkey)"
                + " where n.nspname = current_schema() and c.relname = ? and k.contype = ?"
                + " and a.attname = ? and cardinality(k.conkey) = 1")) {
      statement.setString(1, table);
      statement.setString(2, String.valueOf(kind));
      statement.setString(3, column);
      try (var rows = statement.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
    }
    execute(
        "alter table "
            + SchemaCatalog.quote(table)
            + " add constraint "
            + SchemaCatalog.quote(name)
            + " "
            + definition);
  }

  private void execute(String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
