package io.dbkeep.benchmarks;

import io.dbkeep.adapter.out.dbml.DbmlSchemaReader;
import io.dbkeep.adapter.out.dbml.DbmlSchemaWriter;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
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
 * DBML of the generated 10,000-table document (10 columns each, 1.5 relations per table): writing
 * it (document → DBML text) and reading it (DBML text → document with warnings). Target: < 1 s each
 * (issue 13).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DbmlBenchmarks {

  @Param({"10000"})
  public int tables;

  private SchemaDocument document;
  private String dbml;
  private final DbmlSchemaWriter writer = new DbmlSchemaWriter();
  private final DbmlSchemaReader reader = new DbmlSchemaReader();

  @Setup(Level.Trial)
  public void generate() {
    document = GeneratedDocuments.generate(tables);
    dbml = writer.text(document, Engine.POSTGRESQL);
    var read = reader.read(dbml);
    if (read.isLeft() || read.get().document().tables().size() != tables) {
      throw new IllegalStateException("the generated DBML does not read back: " + read);
    }
  }

  @Benchmark
  public String write() {
    return writer.text(document, Engine.POSTGRESQL);
  }

  @Benchmark
  public ImportedSchema read() {
    return reader.read(dbml).get();
  }
}
