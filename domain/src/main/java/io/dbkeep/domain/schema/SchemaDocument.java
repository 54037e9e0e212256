package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * A schema project's document: tables, relations, enums, and the canvas's groups and notes — the
 * original DBKeep's wire format plus optional additions (comments, indexes, enums, {@code
 * formatVersion}).
 *
 * <p>Immutable. It holds what a document says, valid or not; {@code
 * io.dbkeep.domain.schema.sql.SchemaValidator} tells whether it is valid for an engine and {@code
 * DdlExporter} turns a valid one into DDL. {@link SchemaDocumentReader} and {@link
 * SchemaDocumentWriter} convert it from and to the domain's JSON tree losslessly: unknown members
 * of every element are kept in its {@code extra}, in order.
 *
 * @param formatVersion the document format version; {@link #CURRENT_FORMAT_VERSION} when written
 * @param extra unknown top-level members, kept in order
 */
public record SchemaDocument(
    int formatVersion,
    List<Table> tables,
    List<Relation> relations,
    List<Group> groups,
    List<Note> notes,
    List<EnumType> enums,
    JsonObject extra) {

  /** The format this code reads and writes. Older documents are upgraded when read. */
  public static final int CURRENT_FORMAT_VERSION = 1;

  public SchemaDocument {
    tables = List.copyOf(tables);
    relations = List.copyOf(relations);
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
    enums = List.copyOf(enums);
    Objects.requireNonNull(extra, "extra");
  }

  /** A document with no tables, relations, groups, notes or enums. */
  public static SchemaDocument empty() {
    return of(List.of(), List.of());
  }

  /** A document of tables and relations, in the current format. */
  public static SchemaDocument of(List<Table> tables, List<Relation> relations) {
    return new SchemaDocument(
        CURRENT_FORMAT_VERSION,
        tables,
        relations,
        List.of(),
        List.of(),
        List.of(),
        JsonObject.empty());
  }

  /** The table with {@code tableId}, if any. */
  public Option<Table> table(String tableId) {
    for (var table : tables) {
      if (table.id().equals(tableId)) {
        return Option.of(table);
      }
    }
    return Option.none();
  }

  /** The enum with {@code enumId}, if any. */
  public Option<EnumType> enumType(String enumId) {
    for (var type : enums) {
      if (type.id().equals(enumId)) {
        return Option.of(type);
      }
    }
    return Option.none();
  }

  public SchemaDocument withTables(List<Table> newTables) {
    return new SchemaDocument(formatVersion, newTables, relations, groups, notes, enums, extra);
  }

  public SchemaDocument withRelations(List<Relation> newRelations) {
    return new SchemaDocument(formatVersion, tables, newRelations, groups, notes, enums, extra);
  }

  public SchemaDocument withEnums(List<EnumType> newEnums) {
    return new SchemaDocument(formatVersion, tables, relations, groups, notes, newEnums, extra);
  }

  public SchemaDocument withGroups(List<Group> newGroups) {
    return new SchemaDocument(formatVersion, tables, relations, newGroups, notes, enums, extra);
  }

  public SchemaDocument withNotes(List<Note> newNotes) {
    return new SchemaDocument(formatVersion, tables, relations, groups, newNotes, enums, extra);
  }
}
