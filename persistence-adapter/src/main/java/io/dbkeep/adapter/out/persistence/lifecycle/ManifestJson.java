package io.dbkeep.adapter.out.persistence.lifecycle;

import io.dbkeep.domain.database.ArchiveManifest;
import io.dbkeep.domain.database.ArchivedTable;
import io.dbkeep.domain.database.ArchivedTable.ArchivedColumn;
import io.dbkeep.domain.database.SchemaVersion;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * The archive's {@code manifest.json}:
 *
 * <pre>{@code
 * {"format":"dbkeep-backup","formatVersion":1,"createdAt":"2026-11-25T12:00:00Z",
 *  "migrationVersion":"2","tables":[{"name":"user","file":"tables/000-user.copy",
 *  "columns":[{"name":"id","type":"text","notNull":true},…],"primaryKey":["id"],
 *  "rows":3,"sha256":"…"},…]}
 * }</pre>
 */
final class ManifestJson {

  static final String FORMAT = "dbkeep-backup";

  /** The most tables an archive may describe. */
  static final int MAX_TABLES = 1_000;

  /** The most columns a table may have (PostgreSQL's own limit). */
  static final int MAX_COLUMNS = 1_600;

  private static final java.util.Set<String> ROOT_FIELDS =
      java.util.Set.of(
          "format",
          "formatVersion",
          "producer",
          "createdAt",
          "schema",
          "migrationVersion",
          "tables");
  private static final java.util.Set<String> TABLE_FIELDS =
      java.util.Set.of("name", "file", "columns", "primaryKey", "rows", "sha256");
  private static final java.util.Set<String> COLUMN_FIELDS =
      java.util.Set.of("name", "type", "notNull");

  /**
   * A table or column name DBKeep's own schema uses: lower case, at most 63 characters (PostgreSQL
   * truncates longer ones).
   */
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /**
   * A column type as PostgreSQL's {@code format_type} spells the types DBKeep's schema has used: an
   * allow-list of names, with a length, precision or scale where the type takes one, and at most
   * one array dimension. Nothing else reaches the {@code create table} of an original archive.
   */
  private static final java.util.regex.Pattern TYPE =
      java.util.regex.Pattern.compile(
          "(?:(?:smallint|integer|bigint|boolean|text|date|uuid|json|jsonb|bytea|real"
              + "|double precision|inet|cidr|macaddr|money|xml|tsvector)"
              + "|(?:character varying|character|bit varying|bit)(?:\\([1-9][0-9]{0,7}\\))?"
              + "|numeric(?:\\([1-9][0-9]{0,3}(?:,-?[0-9]{1,4})?\\))?"
              + "|(?:timestamp|time)(?:\\([0-6]\\))? with(?:out)? time zone"
              + "|interval(?:\\([0-6]\\))?)"
              + "(?:\\[\\])?");

  /**
   * Any type name {@code format_type} may answer for a column of a migrated schema (the archive of
   * a versioned schema never puts its types into SQL; its columns are compared by name only).
   */
  private static final java.util.regex.Pattern ANY_TYPE =
      java.util.regex.Pattern.compile(
          "[a-z_][a-z0-9_]{0,62}(?: [a-z_][a-z0-9_]{0,62}){0,3}(?:\\([0-9]{1,10}(?:,-?[0-9]{1,10})?\\))?"
              + "(?: with(?:out)? time zone)?(?:\\[\\]){0,6}");

  /** Checks a name from an archive against {@link #NAME}. */
  static String checkName(String name, String what) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " " + shown(name) + " is not a name DBKeep uses ([a-z_][a-z0-9_]*, ≤ 63)");
    }
    return name;
  }

  /** Checks a column type from an archive against {@link #TYPE}. */
  static String checkType(String type, String what) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          what + " has the type " + shown(type) + ", which is not a PostgreSQL type DBKeep uses");
    }
    return type;
  }

  private static String shown(String text) {
    var cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "\"" + cut.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  private static void onlyFields(JsonObject object, java.util.Set<String> allowed, String where) {
    for (var name : object.members().keySet()) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + " has an unknown field " + shown(name));
      }
    }
  }

  private ManifestJson() {}

  /** The archive entry holding table {@code index}'s rows. */
  static String entryName(int index, String table) {
    return String.format("tables/%03d-%s.copy", index, table.replaceAll("[^A-Za-z0-9_.-]", "_"));
  }

  static JsonValue write(ArchiveManifest manifest, String schema, String producer) {
    var root = new LinkedHashMap<String, JsonValue>();
    root.put("format", new JsonString(FORMAT));
    root.put("formatVersion", JsonNumber.of(manifest.formatVersion()));
    root.put("producer", new JsonString(producer));
    root.put("createdAt", new JsonString(manifest.createdAt().toString()));
    root.put("schema", new JsonString(schema));
    root.put(
        "migrationVersion",
        manifest
            .migrationVersion()
            .<JsonValue>map(v -> new JsonString(v.text()))
            .getOrElse(JsonNull.INSTANCE));
    var tables = new java.util.ArrayList<JsonValue>();
    manifest
        .tables()
        .zipWithIndex()
        .forEach(
            pair -> {
              var table = pair._1;
              var entry = new LinkedHashMap<String, JsonValue>();
              entry.put("name", new JsonString(table.name()));
              entry.put("file", new JsonString(entryName(pair._2, table.name())));
              entry.put(
                  "columns",
                  new JsonArray(
                      table
                          .columns()
                          .<JsonValue>map(
                              c -> {
                                var column = new LinkedHashMap<String, JsonValue>();
                                column.put("name", new JsonString(c.name()));
                                column.put("type", new JsonString(c.type()));
                                column.put("notNull", JsonBoolean.of(c.notNull()));
                                return new JsonObject(column);
                              })
                          .toJavaList()));
              entry.put(
                  "primaryKey",
                  new JsonArray(table.primaryKey().<JsonValue>map(JsonString::new).toJavaList()));
              entry.put("rows", JsonNumber.of(table.rows()));
              entry.put("sha256", new JsonString(table.sha256()));
              tables.add(new JsonObject(entry));
            });
    root.put("tables", new JsonArray(tables));
    return new JsonObject(root);
  }

  /**
   * Reads a manifest.
   *
   * @throws IllegalArgumentException naming what is missing or wrong
   */
  static ArchiveManifest read(JsonValue value) {
    var root = object(value, "the manifest");
    onlyFields(root, ROOT_FIELDS, "the manifest");
    if (!FORMAT.equals(text(root, "format"))) {
      throw new IllegalArgumentException(
          "it is not a DBKeep backup (format is not " + FORMAT + ")");
    }
    var formatVersion = smallNumber(root, "formatVersion");
    if (formatVersion != ArchiveManifest.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "its format version "
              + formatVersion
              + " is not "
              + ArchiveManifest.FORMAT_VERSION
              + "; use the DBKeep that wrote it");
    }
    var version = root.get("migrationVersion").getOrElse(JsonNull.INSTANCE);
    Option<SchemaVersion> migrationVersion;
    if (version instanceof JsonString s) {
      if (s.value().length() > 40) {
        throw new IllegalArgumentException("\"migrationVersion\" is too long");
      }
      migrationVersion = Option.of(SchemaVersion.of(s.value()));
    } else if (version == JsonNull.INSTANCE) {
      migrationVersion = Option.none();
    } else {
      throw new IllegalArgumentException("\"migrationVersion\" is neither a string nor null");
    }
    var tableValues = array(root, "tables");
    if (tableValues.size() > MAX_TABLES) {
      throw new IllegalArgumentException(
          "it describes " + tableValues.size() + " tables (at most " + MAX_TABLES + ")");
    }
    var tables = new java.util.ArrayList<ArchivedTable>();
    var tableNames = new java.util.HashSet<String>();
    for (int i = 0; i < tableValues.size(); i++) {
      var table = object(tableValues.get(i), "a table");
      var where = "table " + (i + 1);
      onlyFields(table, TABLE_FIELDS, where);
      var name = checkName(text(table, "name"), where + "'s name");
      if (!tableNames.add(name)) {
        throw new IllegalArgumentException("table " + name + " appears twice");
      }
      var file = table.get("file").getOrNull();
      if (file != null && !new JsonString(entryName(i, name)).equals(file)) {
        throw new IllegalArgumentException(
            "table " + name + "'s file is not " + entryName(i, name));
      }
      var columnValues = array(table, "columns");
      if (columnValues.size() > MAX_COLUMNS) {
        throw new IllegalArgumentException(
            "table "
                + name
                + " has "
                + columnValues.size()
                + " columns (at most "
                + MAX_COLUMNS
                + ")");
      }
      var columns = new java.util.ArrayList<ArchivedColumn>();
      var columnNames = new java.util.HashSet<String>();
      for (var c : columnValues) {
        var column = object(c, "a column of table " + name);
        onlyFields(column, COLUMN_FIELDS, "a column of table " + name);
        var columnName = checkName(text(column, "name"), "a column of table " + name);
        if (!columnNames.add(columnName)) {
          throw new IllegalArgumentException(
              "table " + name + " has the column " + columnName + " twice");
        }
        var notNull = column.get("notNull").getOrElse(JsonBoolean.of(false));
        if (!(notNull instanceof JsonBoolean)) {
          throw new IllegalArgumentException(
              "\"notNull\" of " + name + "." + columnName + " is not a boolean");
        }
        var type = text(column, "type");
        if (migrationVersion.isEmpty()) {
          checkType(type, "column " + name + "." + columnName);
        } else if (!ANY_TYPE.matcher(type).matches()) {
          throw new IllegalArgumentException(
              "column "
                  + name
                  + "."
                  + columnName
                  + " has the type "
                  + shown(type)
                  + ", which is not a PostgreSQL type name");
        }
        columns.add(new ArchivedColumn(columnName, type, notNull.equals(JsonBoolean.of(true))));
      }
      var key = new java.util.ArrayList<String>();
      for (var k : array(table, "primaryKey")) {
        if (!(k instanceof JsonString s)
            || !columnNames.contains(s.value())
            || key.contains(s.value())) {
          throw new IllegalArgumentException(
              "the primary key of table "
                  + name
                  + " names something that is not one of its columns");
        }
        key.add(s.value());
      }
      var rows = number(table, "rows");
      if (rows.signum() < 0 || rows.scale() > 0 || rows.precision() - rows.scale() > 18) {
        throw new IllegalArgumentException("\"rows\" of table " + name + " is not a row count");
      }
      tables.add(
          new ArchivedTable(
              name,
              List.ofAll(columns),
              List.ofAll(key),
              rows.longValueExact(),
              text(table, "sha256")));
    }
    return new ArchiveManifest(
        formatVersion,
        Instant.parse(text(root, "createdAt")),
        migrationVersion,
        List.ofAll(tables));
  }

  private static int smallNumber(JsonObject object, String name) {
    var value = number(object, name);
    if (value.scale() > 0 || value.precision() - value.scale() > 9) {
      throw new IllegalArgumentException("\"" + name + "\" is not a small whole number");
    }
    return value.intValueExact();
  }

  private static JsonObject object(JsonValue value, String what) {
    if (value instanceof JsonObject o) {
      return o;
    }
    throw new IllegalArgumentException(what + " is not a JSON object");
  }

  private static String text(JsonObject object, String name) {
    var value = object.get(name).getOrNull();
    if (value instanceof JsonString s) {
      return s.value();
    }
    throw new IllegalArgumentException("\"" + name + "\" is missing or not a string");
  }

  private static java.math.BigDecimal number(JsonObject object, String name) {
    var value = object.get(name).getOrNull();
    if (value instanceof JsonNumber n) {
      return n.value();
    }
    throw new IllegalArgumentException("\"" + name + "\" is missing or not a number");
  }

  private static java.util.List<JsonValue> array(JsonObject object, String name) {
    var value = object.get(name).getOrNull();
    if (value instanceof JsonArray a) {
      return a.elements();
    }
    throw new IllegalArgumentException("\"" + name + "\" is missing or not an array");
  }
}
