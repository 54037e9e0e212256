package io.dbkeep.domain.schema;

import static io.dbkeep.domain.schema.JsonFields.element;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.BoundedProblems;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectName;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a {@link SchemaDocument} (or a {@link ProjectExport} envelope) from the domain's JSON tree.
 *
 * <p>Every type problem is reported with its path ({@code tables[2].columns[0].length}) and reading
 * goes on, so one pass names them all: wrong JSON types, arrays where objects are expected, numbers
 * out of range, unknown column types and relation values. Missing arrays read as empty; JSON {@code
 * null} reads as absent; unknown members are kept in each element's {@code extra}. Documents larger
 * than the {@link SchemaLimits} are refused before their elements are read. Pure and thread-safe.
 */
public final class SchemaDocumentReader {

  private final SchemaLimits limits;

  public SchemaDocumentReader() {
    this(SchemaLimits.DEFAULT);
  }

  public SchemaDocumentReader(SchemaLimits limits) {
    this.limits = limits;
  }

  /** The limits this reader refuses larger documents by. */
  SchemaLimits limits() {
    return limits;
  }

  /** Whether {@code json} looks like an export envelope rather than a bare document. */
  public static boolean isExportEnvelope(JsonValue json) {
    return json instanceof JsonObject object
        && object.get("project").filter(JsonObject.class::isInstance).isDefined()
        && object.get("tables").isEmpty();
  }

  /** Reads a bare document. */
  public Decoded<SchemaDocument> read(JsonValue json) {
    var problems = new BoundedProblems();
    if (!(json instanceof JsonObject object)) {
      problems.add(
          Problem.error(
              "", "WRONG_TYPE", "the document must be a JSON object, not " + json.typeName()));
      return new Decoded<>(SchemaDocument.empty(), problems);
    }
    return new Decoded<>(document(object, "", problems, List.of()), problems.listed());
  }

  /**
   * Reads a bare document or, if {@code json} is one, the document inside an export envelope. Paths
   * are relative to the document either way (the envelope's own problems, such as its name, are
   * left out; use {@link #readExport} for those).
   */
  public Decoded<SchemaDocument> readDocumentOrEnvelope(JsonValue json) {
    if (isExportEnvelope(json)) {
      var envelope = readExport(json);
      var problems = documentProblems(envelope.problems());
      // the count of problems not listed (path "") is the document's too
      envelope.problems().stream()
          .filter(problem -> problem.code().equals(BoundedProblems.CODE))
          .forEach(problems::add);
      return new Decoded<>(envelope.value().document(), problems);
    }
    return read(json);
  }

  /** The problems of an envelope's document, with paths relative to the document. */
  public static List<Problem> documentProblems(List<Problem> envelopeProblems) {
    var result = new ArrayList<Problem>();
    for (var problem : envelopeProblems) {
      var path = problem.path();
      if (path.startsWith("project.") && !isProjectField(path)) {
        result.add(
            new Problem(
                path.substring("project.".length()),
                problem.code(),
                problem.severity(),
                problem.message()));
      }
    }
    return result;
  }

  /** The problems about the envelope itself (version, project, its name and engine). */
  public static List<Problem> envelopeProblems(List<Problem> envelopeProblems) {
    var result = new ArrayList<Problem>();
    for (var problem : envelopeProblems) {
      if (!problem.path().startsWith("project.") || isProjectField(problem.path())) {
        result.add(problem);
      }
    }
    return result;
  }

  private static boolean isProjectField(String path) {
    return path.equals("project.name") || path.equals("project.engine");
  }

  /** Reads an export envelope {@code {version, exportedAt, project:{name, engine, …}}}. */
  public Decoded<ProjectExport> readExport(JsonValue json) {
    var problems = new BoundedProblems();
    if (!(json instanceof JsonObject object)) {
      problems.add(
          Problem.error(
              "", "WRONG_TYPE", "the export must be a JSON object, not " + json.typeName()));
      return new Decoded<>(
          ProjectExport.of("", Engine.POSTGRESQL, SchemaDocument.empty(), ""), problems);
    }
    var fields = new JsonFields(object, "", problems);
    var version = fields.optionalString("version").getOrElse(ProjectExport.VERSION);
    if (!version.equals("1") && !version.startsWith("1.")) {
      fields.problem(
          "version",
          "UNSUPPORTED_VERSION",
          "export version " + version + " is not supported (1.x)");
    }
    var exportedAt = fields.optionalString("exportedAt");
    var project = fields.optionalObject("project");
    if (project.isEmpty() && fields.present("project").isEmpty()) {
      fields.problem("project", "REQUIRED", "project is required");
    }
    var projectObject = project.getOrElse(JsonObject.empty());
    var projectFields = new JsonFields(projectObject, "project", problems);
    var rawName = projectFields.string("name", true);
    var name = "";
    if (projectFields.present("name").isDefined()) {
      var checked = ProjectName.of(rawName, "project.name");
      checked.peekLeft(problems::add);
      name = checked.map(ProjectName::value).getOrElse(rawName);
    }
    var engine = Engine.POSTGRESQL;
    var rawEngine = projectFields.optionalString("engine");
    if (rawEngine.isDefined()) {
      var parsed = Engine.parse(rawEngine.get());
      if (parsed.isEmpty()) {
        projectFields.problem(
            "engine",
            "UNKNOWN_ENGINE",
            "engine must be one of " + Engine.allowedNames() + ", not \"" + rawEngine.get() + "\"");
      }
      engine = parsed.getOrElse(Engine.POSTGRESQL);
    } else if (projectFields.present("engine").isEmpty()) {
      projectFields.problem("engine", "REQUIRED", "engine is required");
    }
    var document = document(projectObject, "project", problems, List.of("name", "engine"));
    return new Decoded<>(
        new ProjectExport(version, exportedAt, name, engine, document, fields.extra()),
        problems.listed());
  }

  private SchemaDocument document(
      JsonObject object, String path, List<Problem> problems, List<String> skip) {
    var fields = new JsonFields(object, path, problems);
    skip.forEach(fields::skip);
    return document(fields, problems);
  }

  /** The document rule, for a tree's object or a streamed one ({@link SchemaDocumentSink}). */
  SchemaDocument document(JsonFields fields, List<Problem> problems) {
    var formatVersion =
        fields.optionalInt("formatVersion").getOrElse(SchemaDocument.CURRENT_FORMAT_VERSION);
    if (formatVersion < 1 || formatVersion > SchemaDocument.CURRENT_FORMAT_VERSION) {
      fields.problem(
          "formatVersion",
          "UNSUPPORTED_FORMAT_VERSION",
          "formatVersion "
              + formatVersion
              + " is not supported (1 to "
              + SchemaDocument.CURRENT_FORMAT_VERSION
              + ")");
    }
    // Versions before CURRENT_FORMAT_VERSION would be upgraded here, step by step.
    var tableValues = fields.array("tables");
    List<Table> tables;
    if (tableValues.size() > limits.maxTables()) {
      fields.problem(
          "tables",
          "TOO_MANY_TABLES",
          "the document has "
              + tableValues.size()
              + " tables; at most "
              + limits.maxTables()
              + " are allowed");
      tables = List.of();
    } else {
      tables = elements(tableValues, fields.path("tables"), problems, this::table);
    }
    var relations =
        elements(fields.array("relations"), fields.path("relations"), problems, this::relation);
    var groups =
        elements(
            fields.array("groups"), fields.path("groups"), problems, SchemaDocumentReader::group);
    var notes =
        elements(fields.array("notes"), fields.path("notes"), problems, SchemaDocumentReader::note);
    var enums =
        elements(
            fields.array("enums"), fields.path("enums"), problems, SchemaDocumentReader::enumType);
    return new SchemaDocument(
        SchemaDocument.CURRENT_FORMAT_VERSION,
        tables,
        relations,
        groups,
        notes,
        enums,
        fields.extra());
  }

  private static <T> List<T> elements(
      JsonFields.Elements elements,
      String path,
      List<Problem> problems,
      BiFunction<JsonFields, List<Problem>, T> read) {
    if (elements.streamed() != null) {
      return streamed(elements.streamed(), problems);
    }
    var values = elements.tree();
    var result = new ArrayList<T>(values.size());
    for (int i = 0; i < values.size(); i++) {
      var value = values.get(i);
      if (value instanceof JsonObject object) {
        result.add(read.apply(new JsonFields(object, path, i, problems), problems));
      } else {
        problems.add(
            Problem.error(
                element(path, i), "WRONG_TYPE", "must be a JSON object, not " + value.typeName()));
      }
    }
    return result;
  }

  /** What a streamed array's elements became, their problems added where the rule reads them. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> streamed(ReadArray streamed, List<Problem> problems) {
    problems.addAll(streamed.problems());
    return (List<T>) (List<?>) streamed.values();
  }

  Table table(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.string("name", true);
    var color = fields.optionalString("color");
    var position = fields.optionalObject("position", SchemaDocumentReader::position);
    var parentNode = fields.optionalString("parentNode");
    var columnValues = fields.array("columns");
    List<Column> columns;
    if (columnValues.size() > limits.maxColumnsPerTable()) {
      fields.problem(
          "columns",
          "TOO_MANY_COLUMNS",
          "the table has "
              + columnValues.size()
              + " columns; at most "
              + limits.maxColumnsPerTable()
              + " are allowed");
      columns = List.of();
    } else {
      columns =
          elements(columnValues, fields.path("columns"), problems, SchemaDocumentReader::column);
    }
    var indexes =
        elements(
            fields.array("indexes"), fields.path("indexes"), problems, SchemaDocumentReader::index);
    var checks =
        elements(
            fields.array("checks"), fields.path("checks"), problems, SchemaDocumentReader::check);
    var comment = fields.optionalString("comment");
    return new Table(
        id, name, color, position, parentNode, columns, indexes, checks, comment, fields.extra());
  }

  static Column column(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.string("name", true);
    var rawType = fields.string("type", true);
    var type = ColumnType.TEXT;
    if (fields.isString("type")) {
      var parsed = ColumnType.parse(rawType);
      if (parsed.isEmpty()) {
        fields.problem("type", "UNKNOWN_TYPE", "\"" + rawType + "\" is not a known column type");
      }
      type = parsed.getOrElse(ColumnType.TEXT);
    }
    var primaryKey = fields.bool("primaryKey", false);
    var nullable = fields.bool("nullable", true);
    var unique = fields.bool("unique", false);
    var defaultValue = fields.optionalString("default");
    var length = fields.optionalInt("length");
    var precision = fields.optionalInt("precision");
    var scale = fields.optionalInt("scale");
    var dimension = fields.optionalInt("dimension");
    var enumId = fields.optionalString("enumId");
    var comment = fields.optionalString("comment");
    return new Column(
        id,
        name,
        type,
        primaryKey,
        nullable,
        unique,
        defaultValue,
        length,
        precision,
        scale,
        dimension,
        enumId,
        comment,
        fields.extra());
  }

  static Index index(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.optionalString("name");
    var columnIds = strings(fields.array("columnIds"), fields.path("columnIds"), problems);
    var unique = fields.bool("unique", false);
    return new Index(id, name, columnIds, unique, fields.extra());
  }

  static Check check(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.optionalString("name");
    var expression = fields.string("expression", true);
    if (expression.length() > SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH) {
      fields.problem(
          "expression",
          "EXPRESSION_TOO_LONG",
          "the expression has "
              + expression.length()
              + " characters; at most "
              + SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH
              + " are allowed");
    }
    return new Check(id, name, expression, fields.extra());
  }

  private static List<String> strings(
      JsonFields.Elements elements, String path, List<Problem> problems) {
    if (elements.streamed() != null) {
      return streamed(elements.streamed(), problems);
    }
    var values = elements.tree();
    var result = new ArrayList<String>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof JsonString string) {
        result.add(string.value());
      } else {
        problems.add(
            Problem.error(
                element(path, i),
                "WRONG_TYPE",
                "must be a string, not " + values.get(i).typeName()));
      }
    }
    return result;
  }

  Relation relation(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.optionalString("name");
    var sourceTableId = fields.string("sourceTableId", true);
    var sourceColumnId = fields.string("sourceColumnId", true);
    var targetTableId = fields.string("targetTableId", true);
    var targetColumnId = fields.string("targetColumnId", true);
    var pairValues = fields.array("additionalColumns");
    List<ColumnPair> additionalColumns;
    if (pairValues.size() >= limits.maxColumnsPerTable()) {
      fields.problem(
          "additionalColumns",
          "TOO_MANY_RELATION_COLUMNS",
          "the relation has "
              + (pairValues.size() + 1)
              + " column pairs; at most "
              + limits.maxColumnsPerTable()
              + " are allowed (a foreign key has at most as many columns as a table)");
      additionalColumns = List.of();
    } else {
      additionalColumns =
          elements(
              pairValues,
              fields.path("additionalColumns"),
              problems,
              SchemaDocumentReader::columnPair);
    }
    var rawType = fields.string("type", true);
    var type = RelationType.ONE_TO_MANY;
    if (fields.isString("type")) {
      var parsed = RelationType.parse(rawType);
      if (parsed.isEmpty()) {
        fields.problem(
            "type",
            "INVALID_VALUE",
            "type must be \"1:1\", \"1:N\" or \"N:M\", not \"" + rawType + "\"");
      }
      type = parsed.getOrElse(RelationType.ONE_TO_MANY);
    }
    var onDelete = action(fields, "onDelete");
    var onUpdate = action(fields, "onUpdate");
    var sourceHandle = fields.optionalString("sourceHandlePosition");
    var targetHandle = fields.optionalString("targetHandlePosition");
    return new Relation(
        id,
        name,
        sourceTableId,
        sourceColumnId,
        targetTableId,
        targetColumnId,
        additionalColumns,
        type,
        onDelete,
        onUpdate,
        sourceHandle,
        targetHandle,
        fields.extra());
  }

  static ColumnPair columnPair(JsonFields fields, List<Problem> problems) {
    var sourceColumnId = fields.string("sourceColumnId", true);
    var targetColumnId = fields.string("targetColumnId", true);
    return new ColumnPair(sourceColumnId, targetColumnId, fields.extra());
  }

  private static Option<ReferentialAction> action(JsonFields fields, String name) {
    return fields
        .optionalString(name)
        .flatMap(
            raw -> {
              var parsed = ReferentialAction.parse(raw);
              if (parsed.isEmpty()) {
                fields.problem(
                    name,
                    "INVALID_VALUE",
                    name
                        + " must be CASCADE, SET NULL, RESTRICT or NO ACTION, not \""
                        + raw
                        + "\"");
              }
              return parsed;
            });
  }

  static Group group(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.string("name", false);
    var color = fields.optionalString("color");
    var position = fields.optionalObject("position", SchemaDocumentReader::position);
    var style = fields.optionalObject("style", SchemaDocumentReader::size);
    return new Group(id, name, color, position, style, fields.extra());
  }

  static Note note(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.string("name", false);
    var content = fields.string("content", false);
    var color = fields.optionalString("color");
    var textColor = fields.optionalString("textColor");
    var position = fields.optionalObject("position", SchemaDocumentReader::position);
    var style = fields.optionalObject("style", SchemaDocumentReader::size);
    var parentNode = fields.optionalString("parentNode");
    return new Note(
        id, name, content, color, textColor, position, style, parentNode, fields.extra());
  }

  static EnumType enumType(JsonFields fields, List<Problem> problems) {
    var id = fields.string("id", true);
    var name = fields.string("name", true);
    var values = strings(fields.array("values"), fields.path("values"), problems);
    return new EnumType(id, name, values, fields.extra());
  }

  static Position position(JsonFields fields, List<Problem> problems) {
    var x = fields.number("x", 0);
    var y = fields.number("y", 0);
    return new Position(x, y, fields.extra());
  }

  static Size size(JsonFields fields, List<Problem> problems) {
    var width = fields.optionalString("width");
    var height = fields.optionalString("height");
    return new Size(width, height, fields.extra());
  }
}
