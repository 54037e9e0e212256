package io.dbkeep.benchmarks;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.application.service.format.ImportSchemaService;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of a 10,000-table PostgreSQL dump: the generated document's DDL dressed as pg_dump writes
 * it (session settings, schema-qualified names, {@code OWNER TO} per table, comment headers) read
 * into a document, and the whole use case — text to laid-out document, as {@code POST
 * /api/schema/import} and {@code dbkeep import} run it before writing JSON. Target: under 2 s.
 *
 * <p>One operation takes about a second and allocates gigabytes of short-lived tokens, so the
 * garbage collector's timing varies between iterations: the defaults are 5 warm-up and 10 measured
 * iterations of 5 s in one fork ({@code -wi 5 -i 10 -w 5s -r 5s -f 1}), about 90 s per benchmark;
 * fewer iterations give error bars wider than the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ImportBenchmarks {

  @Param({"10000"})
  public int tables;

  private String dump;
  private final ImportSchemaService service = new ImportSchemaService(SqlSchemaReaders.all());

  @Setup(Level.Trial)
  public void generate() {
    var sql =
        DdlExporter.export(GeneratedDocuments.generate(tables), Engine.POSTGRESQL).get().sql();
    dump = dumpLike(sql);
    var read = SqlSchemaReaders.of(SourceFormat.POSTGRESQL).read(dump);
    if (read.isLeft() || read.get().document().tables().size() != tables) {
      throw new IllegalStateException("the benchmark dump does not import: " + read);
    }
    var imported = importAndLayout().document();
    if (imported.tables().size() != tables
        || imported.relations().isEmpty()
        || imported.tables().stream().anyMatch(table -> table.position().isEmpty())) {
      throw new IllegalStateException("the import use case does not read and lay out the dump");
    }
  }

  /** pg_dump's dressing around each statement. */
  static String dumpLike(String sql) {
    var out = new StringBuilder(sql.length() * 2);
    out.append("--\n-- PostgreSQL database dump\n--\n\n")
        .append("SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n")
        .append("SELECT pg_catalog.set_config('search_path', '', false);\n\n");
    for (var statement : sql.split(";\n")) {
      var text = statement.strip();
      if (text.isEmpty()) {
        continue;
      }
      var body =
          text.replace("CREATE TABLE \"", "CREATE TABLE public.\"")
              .replace("ALTER TABLE \"", "ALTER TABLE ONLY public.\"");
      out.append("--\n-- Name: object; Type: TABLE; Schema: public; Owner: postgres\n--\n\n")
          .append(body)
          .append(";\n\n");
      if (text.contains("CREATE TABLE \"")) {
        var name = text.substring(text.indexOf("CREATE TABLE \"") + 13);
        name = name.substring(0, name.indexOf('(')).strip();
        out.append("ALTER TABLE public.").append(name).append(" OWNER TO postgres;\n\n");
      }
    }
    return out.append("--\n-- PostgreSQL database dump complete\n--\n").toString();
  }

  /** Dump text → document with warnings (the reader alone). */
  @Benchmark
  public ImportedSchema read() {
    return SqlSchemaReaders.of(SourceFormat.POSTGRESQL).read(dump).get();
  }

  /**
   * Dump text → laid-out document: the whole import use case (choosing the reader, lexing, parsing,
   * assembling relations, warnings, {@code TableLayout}).
   */
  @Benchmark
  public ImportedSchema importAndLayout() {
    return service.importSchema(dump, SourceFormat.POSTGRESQL).get();
  }
}
