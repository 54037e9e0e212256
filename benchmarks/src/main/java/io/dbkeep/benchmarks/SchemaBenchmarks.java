package io.dbkeep.benchmarks;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.DdlExport;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;
import io.dbkeep.json.SchemaDocumentJson;
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
 * Parse + validate (JSON text to a validated document) and DDL export (validation included, as
 * {@link DdlExporter} always validates) of generated 1,000- and 10,000-table documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SchemaBenchmarks {

  @Param({"1000", "10000"})
  public int tables;

  @Param({"POSTGRESQL", "MYSQL", "SQLITE"})
  public Engine engine;

  private final SchemaDocumentJson json = new SchemaDocumentJson();
  private String text;
  private SchemaDocument document;

  @Setup(Level.Trial)
  public void generate() {
    document = GeneratedDocuments.generate(tables);
    text = json.write(document);
    var report = SchemaValidator.validate(document, engine);
    if (!report.isValid()) {
      throw new IllegalStateException("the benchmark document is invalid: " + report.errors());
    }
  }

  /** JSON text → document → validation report. */
  @Benchmark
  public ValidationReport parseAndValidate() {
    return SchemaValidator.validate(json.readDocument(text), engine);
  }

  /** Document → DDL (validates first). */
  @Benchmark
  public DdlExport export() {
    return DdlExporter.export(document, engine).get();
  }
}
