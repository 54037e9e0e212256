package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.json.SchemaDocumentJson;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random valid documents with random CHECK constraints ({@link RandomChecks}) are valid on every
 * engine, survive the JSON round trip, and their DDL executes on real PostgreSQL, MariaDB and
 * SQLite with every check constraint in the catalog under the name the script gave it.
 */
class CheckProperties {

  private static final LiveDatabases DATABASES = new LiveDatabases();
  private static final Pattern QUOTED_CHECK =
      Pattern.compile("CONSTRAINT \"((?:[^\"]|\"\")+)\" CHECK \\(");
  private static final Pattern BACKTICKED_CHECK =
      Pattern.compile("CONSTRAINT `((?:[^`]|``)+)` CHECK \\(");

  @BeforeContainer
  static void start() throws Exception {
    DATABASES.open();
  }

  @AfterContainer
  static void stop() throws Exception {
    DATABASES.close();
  }

  @Property(tries = 30)
  void validDocumentsWithChecksExecuteOnEveryEngine(@ForAll long seed) throws Exception {
    var document = RandomChecks.add(RandomDocuments.generate(seed), seed);
    var json = new SchemaDocumentJson();
    var reread = json.readDocument(json.write(document));
    assertThat(reread.problems()).isEmpty();
    assertThat(reread.value()).isEqualTo(document);

    for (var engine : Engine.values()) {
      var report = SchemaValidator.validate(document, engine);
      assertThat(report.errors()).as("seed %s on %s", seed, engine).isEmpty();
      var sql = DdlExporter.export(document, engine).get().sql();

      var catalog =
          DATABASES.run(
              engine,
              sql,
              connection -> {
                ExpectedShape.assertCatalogMatches(
                    engine == Engine.POSTGRESQL
                        ? CatalogReader.postgres(connection)
                        : engine == Engine.MYSQL
                            ? CatalogReader.mariaDb(connection)
                            : CatalogReader.sqlite(connection),
                    document,
                    report);
                return CheckCatalog.read(engine, connection);
              });

      var expected = 0;
      var names = new java.util.HashSet<String>();
      catalog.values().forEach(checks -> names.addAll(checks.keySet()));
      var matcher = (engine == Engine.MYSQL ? BACKTICKED_CHECK : QUOTED_CHECK).matcher(sql);
      while (matcher.find()) {
        expected++;
        var name = matcher.group(1).replace("\"\"", "\"").replace("``", "`");
        assertThat(names).as("seed %s on %s: %s", seed, engine, sql).contains(name);
      }
      var written = document.tables().stream().mapToInt(t -> t.checks().size()).sum();
      assertThat(expected).isGreaterThanOrEqualTo(written);
    }
  }

  @Property(tries = 150)
  void importingTheExportKeepsEveryCheckOnEveryEngine(@ForAll long seed) {
    var document = RandomChecks.add(RandomDocuments.generate(seed), seed);
    for (var engine : Engine.values()) {
      var sql = DdlExporter.export(document, engine).get().sql();
      var read =
          io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders.of(
                  ImportRoundTripProperties.format(engine))
              .read(sql);
      assertThat(read.isRight()).as("seed %s on %s: %s\n%s", seed, engine, read, sql).isTrue();
      assertThat(read.get().warnings())
          .as("seed %s on %s:\n%s", seed, engine, sql)
          .noneSatisfy(w -> assertThat(w.code()).isEqualTo("CHECK_NOT_KEPT"));
      var imported = read.get().document();
      assertThat(imported.tables().stream().mapToInt(t -> t.checks().size()).sum())
          .isEqualTo(document.tables().stream().mapToInt(t -> t.checks().size()).sum());

      var again = DdlExporter.export(imported, engine);
      assertThat(again.isRight()).as("seed %s on %s: %s", seed, engine, again).isTrue();
      assertThat(again.get().sql()).as("seed %s on %s", seed, engine).isEqualTo(sql);
    }
  }

  @Property(tries = 100)
  void dbmlKeepsEveryCheck(@ForAll long seed) {
    var document = RandomChecks.add(RandomDocuments.generate(seed), seed);
    var dbml = new io.dbkeep.adapter.out.dbml.DbmlSchemaWriter().text(document, Engine.POSTGRESQL);
    var read = new io.dbkeep.adapter.out.dbml.DbmlSchemaReader().read(dbml);
    assertThat(read.isRight()).as("seed %s: %s\n%s", seed, read, dbml).isTrue();
    assertThat(read.get().warnings())
        .as("seed %s:\n%s", seed, dbml)
        .noneSatisfy(w -> assertThat(w.code()).isEqualTo("CHECK_NOT_KEPT"));
    for (int i = 0; i < document.tables().size(); i++) {
      var expected = document.tables().get(i).checks();
      var actual = read.get().document().tables().get(i).checks();
      assertThat(actual).as("seed %s", seed).hasSameSizeAs(expected);
      for (int k = 0; k < expected.size(); k++) {
        assertThat(actual.get(k).name()).isEqualTo(expected.get(k).name());
        assertThat(actual.get(k).expression())
            .isEqualTo(
                io.dbkeep.domain.schema.check.CheckRenderer.neutral(
                    io.dbkeep.domain.schema.check.CheckParser.parse(expected.get(k).expression())
                        .get()));
      }
    }
  }
}
