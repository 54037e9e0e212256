package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.json.SchemaDocumentJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exported DDL executes on real PostgreSQL, MariaDB (for the MySQL dialect) and SQLite, and the
 * catalog read back shows the document's tables, columns, nullability, keys, uniques and foreign
 * keys with their actions.
 */
class DdlOnRealEnginesTest {

  @RegisterExtension static final LiveDatabases DATABASES = new LiveDatabases();

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theRichDocumentExecutesAndTheCatalogMatches(Engine engine) throws SQLException {
    var withVectors = engine != Engine.POSTGRESQL || DATABASES.pgvectorAvailable();
    var document = Documents.rich(withVectors);

    assertExecutesAndMatches(document, engine);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void compositeForeignKeysExecuteAndTheCatalogListsEveryColumnPair(Engine engine)
      throws SQLException {
    var document = Documents.composite();

    assertExecutesAndMatches(document, engine);
    var sql = DdlExporter.export(document, engine).get().sql();
    assertThat(sql).contains("FOREIGN KEY (").contains(", ");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theCorpussCompositeDocumentIsValidAndExecutes(Engine engine) throws Exception {
    var read =
        new SchemaDocumentJson()
            .readDocument(
                Files.readString(
                    Path.of("src/test/resources/fuzz/documents/08-composite-foreign-keys.json")));

    assertThat(read.problems()).isEmpty();
    assertThat(read.value().relations()).allSatisfy(r -> assertThat(r.isComposite()).isTrue());
    assertExecutesAndMatches(read.value(), engine);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theSampleDocumentsExecuteOnEveryEngine(Engine engine) throws Exception {
    for (var sample : samples()) {
      var read = new SchemaDocumentJson().readDocument(Files.readString(sample));
      assertThat(read.problems()).as(sample.toString()).isEmpty();
      assertExecutesAndMatches(read.value(), engine);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theSameDocumentGivesByteIdenticalDdl(Engine engine) {
    var first = DdlExporter.export(Documents.rich(true), engine).get().sql();
    var second = DdlExporter.export(Documents.rich(true), engine).get().sql();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void theGeneratedNamesFitTheLimitsAndAreUnique() {
    var sql = DdlExporter.export(Documents.rich(true), Engine.POSTGRESQL).get().sql();
    var names = new ArrayList<String>();
    var matcher = java.util.regex.Pattern.compile("CONSTRAINT \"([^\"]+)\"").matcher(sql);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    assertThat(names).doesNotHaveDuplicates().isNotEmpty();
    assertThat(names)
        .allSatisfy(
            name ->
                assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(63));
    assertThat(names).anySatisfy(name -> assertThat(name).matches(".*_[0-9a-f]{8}"));
  }

  private static void assertExecutesAndMatches(SchemaDocument document, Engine engine)
      throws SQLException {
    var report = SchemaValidator.validate(document, engine);
    assertThat(report.errors()).as("errors on " + engine).isEmpty();
    var export = DdlExporter.export(document, engine).get();

    var catalog = DATABASES.run(engine, export.sql());

    ExpectedShape.assertCatalogMatches(catalog, document, report);
  }

  static List<Path> samples() throws IOException {
    var paths = new ArrayList<Path>();
    var shared = Path.of(System.getProperty("dbkeep.samples", "../../shared/samples"));
    var bundled = Path.of("src/test/resources/samples");
    for (var directory : List.of(shared, bundled)) {
      if (Files.isDirectory(directory)) {
        try (var files = Files.list(directory)) {
          files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(paths::add);
        }
      }
    }
    assertThat(paths).isNotEmpty();
    return paths;
  }
}
