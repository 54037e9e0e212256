package io.dbkeep.benchmarks;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;
import io.dbkeep.json.JsonCodec;
import java.nio.charset.StandardCharsets;
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
 * The validation every save answers with (issue 11), for each engine, on the document of {@link
 * SavePathBenchmarks} (500 tables of 11 columns, a 1:N relation per table), in a JVM bounded as the
 * server is. Run with {@code -prof gc} for the allocation per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx224m", "-Xmn96m", "-XX:+UseSerialGC"})
public class ValidationBenchmarks {

  @Param({"500"})
  public int tables;

  @Param({"POSTGRESQL", "MYSQL", "SQLITE"})
  public Engine engine;

  private Decoded<SchemaDocument> decoded;

  @Setup(Level.Trial)
  public void generate() {
    var body = SavePathBenchmarks.requestBody(tables).getBytes(StandardCharsets.UTF_8);
    var data = ((JsonObject) new JsonCodec().read(body)).get("data").get();
    decoded = new SchemaDocumentReader().read(data);
    if (!decoded.problems().isEmpty()) {
      throw new IllegalStateException("the benchmark document has problems: " + decoded.problems());
    }
  }

  /** The document's problems for the engine, as a save answers them. */
  @Benchmark
  public ValidationReport validate() {
    return SchemaValidator.validate(decoded, engine);
  }
}
