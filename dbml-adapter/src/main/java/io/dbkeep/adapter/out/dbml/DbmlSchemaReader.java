package io.dbkeep.adapter.out.dbml;

import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads dbdiagram's DBML into a schema document (see docs/formats.md for what is kept and what
 * becomes a warning). Syntax errors are an {@link ImportError} at the line and column of the first
 * token that does not fit; texts over {@link #MAX_CHARACTERS} or documents over {@link
 * SchemaLimits#DEFAULT} are {@code TOO_LARGE}. Never throws on any text.
 */
public final class DbmlSchemaReader implements SchemaTextReader {

  /** The longest text read: 16 million characters (a 10,000-table DBML file is about 3 MB). */
  public static final int MAX_CHARACTERS = 16_000_000;

  private final SchemaLimits limits;

  public DbmlSchemaReader() {
    this(SchemaLimits.DEFAULT);
  }

  public DbmlSchemaReader(SchemaLimits limits) {
    this.limits = limits;
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.DBML;
  }

  @Override
  public Either<ImportError, ImportedSchema> read(String text) {
    if (text.length() > MAX_CHARACTERS) {
      return Either.left(
          new ImportError(
              ImportError.Code.TOO_LARGE,
              1,
              1,
              "the text has "
                  + text.length()
                  + " characters; at most "
                  + MAX_CHARACTERS
                  + " are read"));
    }
    DbmlParser parsed;
    try {
      parsed = DbmlParser.parse(text, limits);
    } catch (DbmlSyntaxException syntax) {
      return Either.left(
          new ImportError(
              syntax.tooLarge() ? ImportError.Code.TOO_LARGE : ImportError.Code.SYNTAX_ERROR,
              syntax.line(),
              syntax.column(),
              syntax.getMessage()));
    }
    var resolver = new DbmlResolver();
    Option<Engine> engine = Option.none();
    Option<String> name = Option.none();
    for (var project : parsed.projects) {
      if (name.isDefined() || engine.isDefined()) {
        resolver.warn(project.line(), "PROJECT_IGNORED", "only the first Project is read");
        continue;
      }
      name = Option.of(project.name());
      for (var setting : project.settings()) {
        if (setting.key().equals("database_type")) {
          engine = Engine.parse(setting.valueText());
          if (engine.isEmpty()) {
            resolver.warn(
                setting.line(),
                "UNKNOWN_ENGINE",
                "database_type '"
                    + setting.valueText()
                    + "' is not one of "
                    + Engine.allowedNames());
          }
        } else {
          resolver.ignored(setting, "PROJECT_SETTING_IGNORED", "Project");
        }
      }
      if (project.note() != null) {
        resolver.warn(project.line(), "PROJECT_NOTE_IGNORED", "the project's note is not kept");
      }
    }
    for (var skipped : parsed.skipped) {
      resolver.warn(
          skipped.line(), "ELEMENT_IGNORED", skipped.what() + " is not supported and is not kept");
    }
    resolver.enums(parsed.enums);
    resolver.tables(parsed.tables);
    var relations = new DbmlRefs(resolver).resolve(parsed.refs, parsed.tables);
    resolver.groups(parsed.groups);
    resolver.notes(parsed.notes);
    var warnings = new java.util.ArrayList<>(resolver.warnings);
    warnings.sort(java.util.Comparator.comparingInt(w -> w.line()));
    var document =
        new SchemaDocument(
            SchemaDocument.CURRENT_FORMAT_VERSION,
            resolver.tables,
            relations,
            resolver.groups,
            resolver.notes,
            resolver.enums,
            JsonObject.empty());
    return Either.right(new ImportedSchema(document, engine, name, warnings));
  }
}
