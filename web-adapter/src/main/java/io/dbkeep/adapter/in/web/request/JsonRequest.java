package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.schema.ReadDocument;
import io.dbkeep.domain.schema.SchemaDocumentSink;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonTreeTooLargeException;
import io.dbkeep.json.MalformedJsonException;
import io.javalin.http.Context;
import io.javalin.http.servlet.MaxRequestSize;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A request's JSON object body, read field by field. Every type problem is collected with its path;
 * {@link #throwIfInvalid()} then fails the request with all of them at once.
 */
public final class JsonRequest {

  private final JsonObject body;
  private final List<ErrorDetail> problems = new ArrayList<>();

  private JsonRequest(JsonObject body) {
    this.body = body;
  }

  /**
   * Reads the body as a JSON object.
   *
   * @throws ApiException 400 {@code MALFORMED_JSON} when the body is empty or not JSON, 400 {@code
   *     VALIDATION_ERROR} when it is JSON but not an object, 413 {@code PAYLOAD_TOO_LARGE} when it
   *     is larger than the body limit or its tree than {@link #TREE_BUDGET}
   */
  public static JsonRequest of(Context ctx, JsonCodec codec) {
    return of(readValue(ctx, codec));
  }

  /**
   * How many times its size in memory a schema document costs while it is read, checked and
   * answered (its JSON tree, the document, the answer): four concurrent validations of a 6 MB
   * document needed more than the bounded server's 160 MB heap (ADR 0120; now 224 MB, ADR 0122).
   */
  static final int DOCUMENT_COST = 4;

  /**
   * Runs {@code work}, a handler that reads a whole schema document from the body, holding its
   * share of {@link BodyWorkLimit}: {@value #DOCUMENT_COST} times its size (503 {@code SERVER_BUSY}
   * when no turn comes within 30 s).
   */
  public static void withDocumentWork(Context ctx, Runnable work) {
    var length = ctx.contentLength();
    BodyWorkLimit.SHARED.run(
        length < 0 || length > Long.MAX_VALUE / DOCUMENT_COST ? -1 : length * DOCUMENT_COST,
        () -> {
          ctx.attribute(ADMITTED, Boolean.TRUE);
          work.run();
          return null;
        });
  }

  /** Set on a request whose body's announced size {@link BodyWorkLimit} has admitted. */
  private static final String ADMITTED = JsonRequest.class.getName() + ".admitted";

  /**
   * Runs {@code work}, which reads whole stored documents of unknown size (a duplicate, a migration
   * between two versions), holding all of {@link BodyWorkLimit}: two 10,000-table versions cost as
   * much heap as the largest request body, so such work runs alone among the document work.
   */
  public static void withWholeDocumentBudget(Runnable work) {
    BodyWorkLimit.SHARED.run(
        -1,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * How much memory the JSON tree of a body holding one schema document may retain, estimated node
   * by node while it is built (ADR 0130): {@value #TREE_BUDGET_SHARE_PERCENT}% of the JVM's maximum
   * heap (30 MiB in the bounded server). Creating or saving a document holds several times its tree
   * at its peak (the document, the document written back, its text, the answer): measured on the
   * bounded server, a 32 MB tree was created and a 48 MB one ended the server, while the
   * 10,000-table project of ADR 0122 needs 26 MB. The budget follows the heap, so a larger {@code
   * -Xmx} admits larger documents.
   */
  public static final long TREE_BUDGET = treeBudget(Runtime.getRuntime().maxMemory());

  static final int TREE_BUDGET_SHARE_PERCENT = 15;

  /**
   * The one-document tree budget under a maximum heap of {@code maxHeap} bytes (at least 8 MiB).
   */
  static long treeBudget(long maxHeap) {
    return Math.max(8L << 20, maxHeap / 100 * TREE_BUDGET_SHARE_PERCENT);
  }

  /**
   * Reads the body as any JSON value.
   *
   * @throws ApiException 400 {@code MALFORMED_JSON} when the body is empty or not JSON, 413 {@code
   *     PAYLOAD_TOO_LARGE} when its tree would pass {@link #TREE_BUDGET}
   */
  public static JsonValue readValue(Context ctx, JsonCodec codec) {
    return readValue(ctx, codec, 1);
  }

  /**
   * Reads the body as any JSON value holding up to {@code documents} schema documents (a diff's
   * two), whose tree may retain that many times {@link #TREE_BUDGET}.
   *
   * @throws ApiException 400 {@code MALFORMED_JSON} when the body is empty or not JSON, 413 {@code
   *     PAYLOAD_TOO_LARGE} when its tree would pass the budget
   */
  public static JsonValue readValue(Context ctx, JsonCodec codec, int documents) {
    return read(ctx, documents, bytes -> codec.read(bytes, TREE_BUDGET * documents));
  }

  /**
   * A body holding a schema document in its member {@code member}, read without the document's JSON
   * tree (ADR 0141): the request of the body's other members (and of {@code member} when it is not
   * an object: the caller's {@code optionalObject(member)} reports it as before) and, when it is an
   * object, the document read from it by {@code limits}. Refused as {@link #of} refuses the same
   * body (the same budget, charged for the tree the body would have made).
   *
   * @throws ApiException as {@link #of}
   */
  public static DocumentBody withDocument(
      Context ctx, JsonCodec codec, SchemaLimits limits, String member) {
    var sink =
        read(
            ctx,
            1,
            bytes -> codec.stream(bytes, TREE_BUDGET, SchemaDocumentSink.member(limits, member)));
    var request = of(sink.body());
    return new DocumentBody(request, sink.document().map(read -> new ReadDocument(read, limits)));
  }

  /** A body's request and the document read from it, if it had one. */
  public record DocumentBody(JsonRequest request, Option<ReadDocument> document) {}

  private static JsonRequest of(JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "",
                      "WRONG_TYPE",
                      "The body must be a JSON object, not " + value.typeName()))));
    }
    return new JsonRequest(object);
  }

  private static <T> T read(Context ctx, int documents, Function<byte[], T> read) {
    var bytes = body(ctx);
    if (bytes.length == 0) {
      throw new ApiException(
          new ApiError(
              400,
              "MALFORMED_JSON",
              "The request body is empty; a JSON object is expected",
              List.of()));
    }
    try {
      return read.apply(bytes);
    } catch (JsonTreeTooLargeException e) {
      throw new ApiException(tooLarge(e.budget(), documents));
    } catch (MalformedJsonException e) {
      throw new ApiException(
          new ApiError(
              400,
              "MALFORMED_JSON",
              "The request body is not valid JSON: " + e.describe(),
              List.of(ErrorDetail.of("", "MALFORMED_JSON", e.describe()))));
    }
  }

  /**
   * The body's bytes. With a {@code Content-Length} within the server's request limit they are read
   * into one array of that size: Javalin's {@code bodyAsBytes()} grows a {@code
   * ByteArrayOutputStream} from 32 bytes and copies it once more at the end, some 2.3 MB of garbage
   * for each 0.76 MB document saved (the largest allocation of a save in JFR, ADR 0131). Without a
   * length, or over the limit, Javalin reads it as before (and refuses it with 413). Only a request
   * admitted by {@link #withDocumentWork} (its announced size charged to {@link BodyWorkLimit})
   * gets the array before its bytes come: elsewhere sixteen bodies announcing 32 MiB and sending
   * one byte each would have the server set aside 512 MiB and end it
   * (BoundedServerHostileImportSystemTest). Read once per request: the body is not kept for a
   * second read.
   */
  static byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    long limit = ctx.appData(MaxRequestSize.INSTANCE.getMaxRequestSizeKey());
    if (!Boolean.TRUE.equals(ctx.attribute(ADMITTED))
        || declared <= 0
        || declared > limit
        || declared > Integer.MAX_VALUE - 8) {
      return ctx.bodyAsBytes();
    }
    var bytes = new byte[(int) declared];
    int read;
    try {
      read = ctx.req().getInputStream().readNBytes(bytes, 0, bytes.length);
    } catch (IOException e) {
      // as from bodyAsBytes(): Javalin and Jetty handle a client that goes away mid-body
      throw JsonRequest.<RuntimeException>rethrow(e);
    }
    return read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E rethrow(Throwable e) throws E {
    throw (E) e;
  }

  /**
   * The refusal of a body whose JSON tree would pass {@code budget} estimated bytes, the budget of
   * {@code documents} schema documents.
   */
  public static ApiError tooLarge(long budget, int documents) {
    var mib = budget >> 20;
    var what =
        documents == 1 ? "a request's document" : "the " + documents + " documents of a request";
    return new ApiError(
        413,
        "PAYLOAD_TOO_LARGE",
        "The request body needs more memory than this server gives "
            + what
            + ": its JSON tree passes "
            + mib
            + " MiB ("
            + TREE_BUDGET_SHARE_PERCENT * documents
            + "% of the maximum heap). Split the project into smaller ones, or start the server"
            + " with a larger -Xmx (docs/operations.md, Memory)",
        List.of(
            ErrorDetail.of(
                "",
                "PAYLOAD_TOO_LARGE",
                "the JSON tree of this body passes the server's budget of " + mib + " MiB")));
  }

  /** The field as a string; none when absent or null; a problem when of another type. */
  public Option<String> optionalString(String field) {
    return present(field)
        .flatMap(
            value -> {
              if (value instanceof JsonString string) {
                return Option.of(string.value());
              }
              wrongType(field, "a string", value);
              return Option.none();
            });
  }

  /** The field as a string; a problem when absent, null or of another type. */
  public Option<String> requiredString(String field) {
    if (present(field).isEmpty()) {
      problems.add(ErrorDetail.of(field, "REQUIRED", field + " is required"));
      return Option.none();
    }
    return optionalString(field);
  }

  /** The field as an object; none when absent or null; a problem when of another type. */
  public Option<JsonObject> optionalObject(String field) {
    return present(field)
        .flatMap(
            value -> {
              if (value instanceof JsonObject object) {
                return Option.of(object);
              }
              wrongType(field, "an object", value);
              return Option.none();
            });
  }

  /** Records a problem found while interpreting a field. */
  public void problem(Problem problem) {
    problems.add(ErrorDetail.from(problem));
  }

  /** Records a problem found while interpreting a field. */
  public void problem(String path, String code, String message) {
    problems.add(ErrorDetail.of(path, code, message));
  }

  /**
   * @throws ApiException 400 {@code VALIDATION_ERROR} listing every problem, if there are any
   */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new ApiException(ApiError.validation(problems));
    }
  }

  private Option<JsonValue> present(String field) {
    return body.get(field).filter(value -> value != JsonNull.INSTANCE);
  }

  private void wrongType(String field, String expected, JsonValue actual) {
    problems.add(
        ErrorDetail.of(
            field, "WRONG_TYPE", field + " must be " + expected + ", not " + actual.typeName()));
  }
}
