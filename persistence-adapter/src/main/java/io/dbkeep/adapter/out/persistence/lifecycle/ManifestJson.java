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
    if (!FORMAT.equals(text(root, "format"))) {
      throw new IllegalArgumentException(
          "it is not a DBKeep backup (format is not " + FORMAT + ")");
    }
    var formatVersion = number(root, "formatVersion").intValueExact();
    if (formatVersion != ArchiveManifest.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "its format version "
              + formatVersion
              + " is not "
              + ArchiveManifest.FORMAT_VERSION
              + "; use the DBKeep that wrote it");
    }
    var version = root.get("migrationVersion").getOrElse(JsonNull.INSTANCE);
    Option<SchemaVersion> migrationVersion =
        version instanceof JsonString s ? Option.of(SchemaVersion.of(s.value())) : Option.none();
    var tables =
        List.ofAll(array(root, "tables"))
            .map(
                t -> {
                  var table = object(t, "a table");
                  var columns =
                      List.ofAll(array(table, "columns"))
                          .map(
                              c -> {
                                var column = object(c, "a column");
                                return new ArchivedColumn(
                                    text(column, "name"),
                                    text(column, "type"),
                                    column.get("notNull").contains(JsonBoolean.of(true)));
                              });
                  var key =
                      List.ofAll(array(table, "primaryKey"))
                          .map(k -> k instanceof JsonString s ? s.value() : "");
                  return new ArchivedTable(
                      text(table, "name"),
                      columns,
                      key,
                      number(table, "rows").longValueExact(),
                      text(table, "sha256"));
                });
    return new ArchiveManifest(
        formatVersion, Instant.parse(text(root, "createdAt")), migrationVersion, tables);
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
