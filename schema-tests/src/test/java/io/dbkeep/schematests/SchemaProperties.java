package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.json.SchemaDocumentJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random valid documents export DDL that executes on PostgreSQL, MariaDB and SQLite and matches the
 * catalog; random invalid ones are refused with the right path. Tries are bounded so the suite
 * stays fast; a failure prints the seed that reproduces it.
 */
class SchemaProperties {

  private static final LiveDatabases DATABASES = new LiveDatabases();

  @BeforeContainer
  static void start() throws Exception {
    DATABASES.open();
  }

  @AfterContainer
  static void stop() throws Exception {
    DATABASES.close();
  }

  @Property(tries = 40)
  void validDocumentsExportDdlThatExecutesOnEveryEngine(@ForAll long seed) throws Exception {
    var document = RandomDocuments.generate(seed);
    var json = new SchemaDocumentJson();
    var reread = json.readDocument(json.write(document));
    assertThat(reread.problems()).isEmpty();
    assertThat(reread.value()).as("lossless JSON round trip").isEqualTo(document);

    for (var engine : Engine.values()) {
      var report = SchemaValidator.validate(document, engine);
      assertThat(report.errors()).as("seed %s on %s", seed, engine).isEmpty();
      var sql = DdlExporter.export(document, engine).get().sql();
      assertThat(DdlExporter.export(document, engine).get().sql()).isEqualTo(sql);

      var catalog = DATABASES.run(engine, sql);

      ExpectedShape.assertCatalogMatches(catalog, document, report);
    }
  }

  /** A valid document with one mistake, and where the report must point. */
  record Broken(SchemaDocument document, String path, String code, Set<Engine> engines) {
    Broken(SchemaDocument document, String path, String code) {
      this(document, path, code, EnumSet.allOf(Engine.class));
    }
  }

  @Property(tries = 300)
  void invalidDocumentsAreRefusedWithTheRightPath(@ForAll long seed) {
    var broken = breakOne(RandomDocuments.generate(seed), new Random(seed));

    for (var engine : broken.engines()) {
      var report = SchemaValidator.validate(broken.document(), engine);
      assertThat(report.errors())
          .as("seed %s on %s: %s", seed, engine, report.problems())
          .anySatisfy(
              problem -> {
                assertThat(problem.path()).isEqualTo(broken.path());
                assertThat(problem.code()).isEqualTo(broken.code());
              });
      assertThat(DdlExporter.export(broken.document(), engine).isLeft()).isTrue();
    }
  }

  @Property(tries = 300)
  void wrongJsonTypesAreReportedAtTheirPath(@ForAll long seed) {
    var random = new Random(seed);
    var document = RandomDocuments.generate(seed);
    var json = SchemaDocumentWriter.write(document);
    var t = random.nextInt(document.tables().size());
    var c = random.nextInt(document.tables().get(t).columns().size());
    var cases =
        List.of(
            new Object[] {"tables[" + t + "].name", new JsonNumber(java.math.BigDecimal.TEN)},
            new Object[] {"tables[" + t + "].columns", new JsonObject(java.util.Map.of())},
            new Object[] {"tables[" + t + "].columns[" + c + "].primaryKey", new JsonString("yes")},
            new Object[] {"tables[" + t + "].columns[" + c + "].length", new JsonString("10")},
            new Object[] {"tables[" + t + "].columns[" + c + "]", JsonBoolean.TRUE},
            new Object[] {"tables[" + t + "].columns[" + c + "].nullable", JsonArray.of()});
    var chosen = cases.get(random.nextInt(cases.size()));
    var path = (String) chosen[0];
    var mutated = replace(json, path, (JsonValue) chosen[1]);

    var decoded = new SchemaDocumentReader().read(mutated);
    for (var engine : Engine.values()) {
      var report = SchemaValidator.validate(decoded, engine);
      assertThat(report.errors())
          .as("seed %s", seed)
          .anySatisfy(
              problem -> {
                assertThat(problem.path()).isEqualTo(path);
                assertThat(problem.code()).isEqualTo("WRONG_TYPE");
              });
    }
  }

  private static Broken breakOne(SchemaDocument document, Random random) {
    var tables = new ArrayList<>(document.tables());
    var t = random.nextInt(tables.size());
    var table = tables.get(t);
    var c = random.nextInt(table.columns().size());
    var column = table.columns().get(c);
    var columns = new ArrayList<>(table.columns());
    var columnPath = "tables[" + t + "].columns[" + c + "]";
    switch (random.nextInt(10)) {
      case 0 -> {
        tables.set(t, table.withName("  "));
        return new Broken(document.withTables(tables), "tables[" + t + "].name", "BLANK_NAME");
      }
      case 1 -> {
        var upper = table.name().toUpperCase(java.util.Locale.ROOT);
        var same =
            upper
                    .toLowerCase(java.util.Locale.ROOT)
                    .equals(table.name().toLowerCase(java.util.Locale.ROOT))
                ? upper
                : table.name();
        tables.add(
            Table.of(
                "dup-" + table.id(),
                same,
                List.of(Column.builder("c", "c", ColumnType.INTEGER).build())));
        return new Broken(
            document.withTables(tables),
            "tables[" + (tables.size() - 1) + "].name",
            "DUPLICATE_NAME");
      }
      case 2 -> {
        columns.add(column.toBuilder().id("dup-col").build());
        tables.set(t, table.withColumns(columns));
        return new Broken(
            document.withTables(tables),
            "tables[" + t + "].columns[" + (columns.size() - 1) + "].name",
            "DUPLICATE_NAME");
      }
      case 3 -> {
        columns.set(
            c, column.toBuilder().type(ColumnType.VARCHAR).length(0).primaryKey(false).build());
        tables.set(t, table.withColumns(columns));
        return new Broken(
            withoutRelations(document.withTables(tables)),
            columnPath + ".length",
            "PARAMETER_OUT_OF_RANGE");
      }
      case 4 -> {
        columns.set(
            c,
            column.toBuilder().type(ColumnType.DECIMAL).precision(4, 6).primaryKey(false).build());
        tables.set(t, table.withColumns(columns));
        return new Broken(
            withoutRelations(document.withTables(tables)),
            columnPath + ".scale",
            "PARAMETER_OUT_OF_RANGE");
      }
      case 5 -> {
        var relations = new ArrayList<>(document.relations());
        relations.add(
            Relation.of("bad", RelationType.ONE_TO_MANY, table.id(), column.id(), "nowhere", "x"));
        return new Broken(
            document.withRelations(relations),
            "relations[" + (relations.size() - 1) + "].targetTableId",
            "RELATION_TABLE_NOT_FOUND");
      }
      case 6 -> {
        var relations = new ArrayList<>(document.relations());
        relations.add(
            Relation.of(
                "bad",
                RelationType.ONE_TO_MANY,
                table.id(),
                "no-such-column",
                table.id(),
                column.id()));
        return new Broken(
            document.withRelations(relations),
            "relations[" + (relations.size() - 1) + "].sourceColumnId",
            "RELATION_COLUMN_NOT_FOUND");
      }
      case 7 -> {
        columns.set(c, column.toBuilder().defaultValue("1; DROP TABLE x").build());
        tables.set(t, table.withColumns(columns));
        return new Broken(document.withTables(tables), columnPath + ".default", "INVALID_DEFAULT");
      }
      case 8 -> {
        tables.add(
            Table.of(
                table.id(),
                "another_" + tables.size(),
                List.of(Column.builder("c", "c", ColumnType.INTEGER).build())));
        return new Broken(
            document.withTables(tables), "tables[" + (tables.size() - 1) + "].id", "DUPLICATE_ID");
      }
      default -> {
        tables.set(t, table.withName("n".repeat(65)));
        return new Broken(
            document.withTables(tables),
            "tables[" + t + "].name",
            "NAME_TOO_LONG",
            EnumSet.of(Engine.POSTGRESQL, Engine.MYSQL));
      }
    }
  }

  /** Relations may reference the column broken; dropping them keeps one expected problem. */
  private static SchemaDocument withoutRelations(SchemaDocument document) {
    return document.withRelations(List.of());
  }

  private static JsonValue replace(JsonValue json, String path, JsonValue value) {
    var steps = new ArrayList<Object>();
    var matcher = java.util.regex.Pattern.compile("([A-Za-z]+)|\\[(\\d+)\\]").matcher(path);
    while (matcher.find()) {
      steps.add(matcher.group(1) != null ? matcher.group(1) : Integer.parseInt(matcher.group(2)));
    }
    return replace(json, steps, 0, value);
  }

  private static JsonValue replace(JsonValue json, List<Object> steps, int at, JsonValue value) {
    if (at == steps.size()) {
      return value;
    }
    var step = steps.get(at);
    if (step instanceof String name) {
      var object = (JsonObject) json;
      var members = new LinkedHashMap<>(object.members());
      members.put(
          name, replace(object.get(name).getOrElse(JsonBoolean.FALSE), steps, at + 1, value));
      return new JsonObject(members);
    }
    var array = (JsonArray) json;
    var elements = new ArrayList<>(array.elements());
    elements.set((Integer) step, replace(elements.get((Integer) step), steps, at + 1, value));
    return new JsonArray(elements);
  }
}
