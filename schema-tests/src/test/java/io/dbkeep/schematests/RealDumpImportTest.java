package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.json.SchemaDocumentJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Real dumps, made here by the engines' own tools: a schema S is applied to a database, dumped
 * ({@code pg_dump --schema-only}, MariaDB's {@code mysqldump --no-data}, SQLite's {@code .schema}),
 * the dump imported and exported again, and the export applied to a fresh database has the same
 * catalog (tables, columns, nullability, keys, uniques, foreign keys with actions) as S's. S is
 * DBKeep's own export of the sample documents, the schema-tests corpus, the rich document and the
 * composite-foreign-key document, and hand-written DDL of each engine with every feature a document
 * keeps (composite foreign keys included: the catalogs compare each key's column lists).
 */
class RealDumpImportTest {

  @RegisterExtension static final LiveDatabases DATABASES = new LiveDatabases();

  @ParameterizedTest
  @EnumSource(Engine.class)
  void dumpsOfTheExportedSampleDocumentsImportToTheSameCatalog(Engine engine) throws Exception {
    for (var document : documents(engine)) {
      var sql = DdlExporter.export(document, engine).get().sql();
      assertDumpRoundTrip(engine, sql);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void dumpsOfHandWrittenDdlWithEveryKeptFeatureImportToTheSameCatalog(Engine engine)
      throws Exception {
    var name = "import/" + engine.name().toLowerCase(java.util.Locale.ROOT) + "-kept-features.sql";
    try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
      assertDumpRoundTrip(engine, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aPgDumpNamesSerialsIdentityEnumsAndCommentsThatSurviveTheRoundTrip() throws Exception {
    try (var in =
        getClass().getClassLoader().getResourceAsStream("import/postgresql-kept-features.sql")) {
      DATABASES.run(Engine.POSTGRESQL, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    var dump = DumpTools.pgDump(DATABASES.postgresDatabase());
    assertThat(dump).contains("OWNED BY").contains("AS ENUM").contains("COMMENT ON");

    var imported = read(Engine.POSTGRESQL, dump);
    var sql = DdlExporter.export(imported.document(), Engine.POSTGRESQL).get().sql();
    assertThat(sql).contains("SERIAL").contains("CREATE TYPE").contains("COMMENT ON COLUMN");
    assertThat(imported.warnings()).anySatisfy(w -> assertThat(w.message()).contains("SET"));
  }

  /** S applied, dumped, imported, exported, applied again: the two catalogs are equal. */
  private static void assertDumpRoundTrip(Engine engine, String script) throws Exception {
    var dumped = DATABASES.dumped(engine, script, LiveDatabases.catalogReader(engine));
    var original = dumped.original();
    var dump = dumped.dump();
    var imported = read(engine, dump);
    var export = DdlExporter.export(imported.document(), engine);
    assertThat(export.isRight()).as("%s\n--- dump:\n%s", export, dump).isTrue();

    var again = DATABASES.run(engine, export.get().sql());

    assertThat(again)
        .as("--- dump:\n%s\n--- export of the import:\n%s", dump, export.get().sql())
        .isEqualTo(original);
  }

  private static ImportedSchema read(Engine engine, String dump) {
    var result = SqlSchemaReaders.of(ImportRoundTripProperties.format(engine)).read(dump);
    assertThat(result.isRight()).as("%s\n--- dump:\n%s", result, dump).isTrue();
    return result.get();
  }

  private static List<SchemaDocument> documents(Engine engine) throws IOException, SQLException {
    var documents = new ArrayList<SchemaDocument>();
    documents.add(Documents.rich(engine != Engine.POSTGRESQL || DATABASES.pgvectorAvailable()));
    documents.add(Documents.composite());
    var json = new SchemaDocumentJson();
    var files = new ArrayList<>(DdlOnRealEnginesTest.samples());
    try (var corpus = Files.list(Path.of("src/test/resources/fuzz/documents"))) {
      corpus.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    for (var file : files) {
      var read = json.readDocument(Files.readString(file));
      var vectors =
          read.value().tables().stream()
              .anyMatch(t -> t.columns().stream().anyMatch(c -> c.type().isVector()));
      if (read.problems().stream().noneMatch(p -> p.isError())
          && DdlExporter.export(read.value(), engine).isRight()
          && !(vectors && engine == Engine.POSTGRESQL && !DATABASES.pgvectorAvailable())) {
        documents.add(read.value());
      }
    }
    assertThat(documents).hasSizeGreaterThan(3);
    return documents;
  }
}
