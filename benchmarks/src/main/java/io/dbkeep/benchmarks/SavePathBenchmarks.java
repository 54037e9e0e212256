package io.dbkeep.benchmarks;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.json.StorableJson;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentSink;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;
import io.dbkeep.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The CPU side of the designer's autosave ({@code PUT /api/projects/{id}}, issue 11) step by step,
 * on the document {@code scripts/save-path-benchmark.sh} saves (500 tables of 11 columns with
 * positions and colours, a relation per table: about 0.84 MB), in a JVM bounded as the server is
 * (ADR 0105). The steps are those of {@code UpdateProjectService}'s save: read the request body,
 * read the document from it, write it back in the stored form and check it can be stored, the text
 * sent to PostgreSQL, and the problems for the engine (after the transaction). Run with {@code
 * -prof gc} for the allocation per save.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx224m", "-Xmn96m", "-XX:+UseSerialGC"})
public class SavePathBenchmarks {

  @Param({"500"})
  public int tables;

  private final JsonCodec codec = new JsonCodec();
  private final SchemaDocumentReader reader = new SchemaDocumentReader();
  private byte[] body;
  private JsonValue data;
  private Decoded<SchemaDocument> decoded;
  private JsonObject written;

  @Setup(Level.Trial)
  public void generate() {
    body = requestBody(tables).getBytes(StandardCharsets.UTF_8);
    data = ((JsonObject) codec.read(body)).get("data").get();
    decoded = reader.read(data);
    written = SchemaDocumentWriter.write(decoded.value());
    if (decoded.problems().stream().anyMatch(Problem::isError)) {
      throw new IllegalStateException("the benchmark document is invalid: " + decoded.problems());
    }
    if (!streamBodyDocument().equals(readBodyThenDocument())) {
      throw new IllegalStateException("the streamed read differs from the tree read");
    }
  }

  /**
   * The request body → the document as the save read it before ADR 0141: the body's JSON tree
   * (under the request budget), then the document from its {@code data}.
   */
  @Benchmark
  public Decoded<SchemaDocument> readBodyThenDocument() {
    var tree = (JsonObject) codec.read(body, BUDGET);
    return reader.read(tree.get("data").get());
  }

  /**
   * The request body → the document straight from the parser's events (ADR 0141), no tree of the
   * document; the same result as {@link #readBodyThenDocument}.
   */
  @Benchmark
  public Decoded<SchemaDocument> streamBodyDocument() {
    return codec.stream(body, BUDGET, SchemaDocumentSink.member(SchemaLimits.DEFAULT, "data"))
        .document()
        .get();
  }

  /** The request budget of the bounded server (15 % of its heap, ADR 0130). */
  private static final long BUDGET = 30L << 20;

  /** The request body → JSON tree. */
  @Benchmark
  public JsonValue readBody() {
    return codec.read(body);
  }

  /** JSON tree → document (every type problem with its path). */
  @Benchmark
  public Decoded<SchemaDocument> readDocument() {
    return reader.read(data);
  }

  /** Document → the stored form's tree, and the check that it stores and reads back. */
  @Benchmark
  public List<Problem> writeStoredForm() {
    return StorableJson.problems(SchemaDocumentWriter.write(decoded.value()));
  }

  /** The stored form's tree → the text PostgreSQL receives. */
  @Benchmark
  public String writeText() {
    return codec.write(written);
  }

  /**
   * Document → the check that it stores and the text PostgreSQL receives, straight from the records
   * (ADR 0131): what {@link #writeStoredForm} and {@link #writeText} were.
   */
  @Benchmark
  public int writeStoredText() {
    var checker = StorableJson.checker();
    SchemaDocumentWriter.write(decoded.value(), checker);
    return codec.write(decoded.value()).length() + checker.problems().size();
  }

  /** The document's problems for PostgreSQL (every save answers them). */
  @Benchmark
  public ValidationReport validate() {
    return SchemaValidator.validate(decoded, Engine.POSTGRESQL);
  }

  /** All of the above, as one save did them before ADR 0141 (the body's tree first). */
  @Benchmark
  public int wholeSave() {
    var tree = (JsonObject) codec.read(body);
    var document = reader.read(tree.get("data").get());
    return save(document);
  }

  /** All of the above, as one save does them now: the document read straight from the body. */
  @Benchmark
  public int wholeSaveStreamed() {
    return save(streamBodyDocument());
  }

  private int save(Decoded<SchemaDocument> document) {
    var unstorable = StorableJson.checker();
    SchemaDocumentWriter.write(document.value(), unstorable);
    var text = codec.write(document.value());
    return text.length()
        + unstorable.problems().size()
        + SchemaValidator.validate(document, Engine.POSTGRESQL).problems().size();
  }

  /** The body {@code scripts/save-path-benchmark.sh} sends, for {@code tables} tables. */
  static String requestBody(int tables) {
    var types =
        List.of("VARCHAR", "INTEGER", "TEXT", "BOOLEAN", "TIMESTAMP", "DECIMAL", "BIGINT", "DATE");
    var json = new StringBuilder("{\"name\":\"Bench\",\"engine\":\"PostgreSQL\",\"data\":{");
    json.append("\"tables\":[");
    for (int t = 0; t < tables; t++) {
      json.append(t == 0 ? "" : ",")
          .append("{\"id\":\"t")
          .append(t)
          .append("\",\"name\":\"table_")
          .append(t)
          .append("\",\"color\":\"#3b82f6\",\"columns\":[{\"id\":\"c")
          .append(t)
          .append("_0\",\"name\":\"id\",\"type\":\"SERIAL\",\"primaryKey\":true,")
          .append("\"nullable\":false,\"unique\":true}");
      for (int c = 1; c < 10; c++) {
        var type = types.get(c % types.size());
        json.append(",{\"id\":\"c")
            .append(t)
            .append('_')
            .append(c)
            .append("\",\"name\":\"column_")
            .append(c)
            .append("_of_table_")
            .append(t)
            .append("\",\"type\":\"")
            .append(type)
            .append("\",\"primaryKey\":false,\"nullable\":")
            .append(c % 3 == 0)
            .append(",\"unique\":false");
        if (type.equals("VARCHAR")) {
          json.append(",\"length\":120");
        } else if (type.equals("DECIMAL")) {
          json.append(",\"precision\":12,\"scale\":2");
        }
        json.append('}');
      }
      json.append(",{\"id\":\"c")
          .append(t)
          .append("_ref\",\"name\":\"previous_id\",\"type\":\"INTEGER\",\"primaryKey\":false,")
          .append("\"nullable\":true,\"unique\":false}],\"position\":{\"x\":")
          .append((t % 25) * 320)
          .append(",\"y\":")
          .append((t / 25) * 420)
          .append("}}");
    }
    json.append("],\"relations\":[");
    for (int t = 1; t < tables; t++) {
      json.append(t == 1 ? "" : ",")
          .append("{\"id\":\"r")
          .append(t)
          .append("\",\"sourceTableId\":\"t")
          .append(t)
          .append("\",\"sourceColumnId\":\"c")
          .append(t)
          .append("_ref\",\"targetTableId\":\"t")
          .append(t - 1)
          .append("\",\"targetColumnId\":\"c")
          .append(t - 1)
          .append("_0\",\"type\":\"1:N\",\"onDelete\":\"CASCADE\",\"onUpdate\":\"NO ACTION\"}");
    }
    return json.append("],\"groups\":[],\"notes\":[]}}").toString();
  }
}
