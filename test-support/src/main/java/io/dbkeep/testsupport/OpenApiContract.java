package io.dbkeep.testsupport;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * DBKeep's OpenAPI document as a test oracle: which operations exist, who may call them ({@code
 * x-dbkeep-access}), and whether a real response matches what the document promises for its route
 * and status. The test clients ({@link HttpTestClient} and the system tests' browser) check every
 * response they receive against it whenever the document is on the class path.
 *
 * <p>Any route may also answer 500 with an error body, and 405 when a method is not served. 413,
 * 429 and 503 must be documented on each route that can answer them.
 */
public final class OpenApiContract {

  /** Where web-adapter keeps the document. */
  public static final String RESOURCE = "io/dbkeep/adapter/in/web/docs/openapi.yaml";

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Set<Integer> ANY_ROUTE = Set.of(405, 500);
  // Responses may carry any stored document: numbers in full width, deep nesting.
  private static final JsonMapper JSON =
      JsonMapper.builder(
              tools.jackson.core.json.JsonFactory.builder()
                  .streamReadConstraints(
                      tools.jackson.core.StreamReadConstraints.builder()
                          .maxNumberLength(200_000)
                          .maxNestingDepth(10_000)
                          .build())
                  .build())
          .build();

  private static volatile Optional<OpenApiContract> onClasspath;

  private final JsonNode root;
  private final List<Operation> operations;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** One documented operation: method (upper case), path template, access level. */
  public record Operation(String method, String path, String access, Pattern pattern) {
    /** How many literal characters the template has: more means a more specific match. */
    int literals() {
      return path.replaceAll("\\{[^}]*}", "").length();
    }
  }

  public OpenApiContract(JsonNode root) {
    this.root = root;
    var found = new ArrayList<Operation>();
    var paths = root.get("paths");
    for (var path : paths.propertyNames()) {
      var item = paths.get(path);
      for (var method : item.propertyNames()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        var operation = item.get(method);
        var access = operation.path("x-dbkeep-access").asString("");
        var regex = "\\Q" + path.replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q") + "\\E";
        found.add(
            new Operation(method.toUpperCase(Locale.ROOT), path, access, Pattern.compile(regex)));
      }
    }
    this.operations = List.copyOf(found);
  }

  /** The document web-adapter ships, when it is on the class path. */
  public static Optional<OpenApiContract> onClasspath() {
    var known = onClasspath;
    if (known == null) {
      try (var in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        known =
            in == null
                ? Optional.empty()
                : Optional.of(new OpenApiContract(YAMLMapper.builder().build().readTree(in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      onClasspath = known;
    }
    return known;
  }

  /** Reads a document served as JSON (e.g. {@code /api/openapi.json}). */
  public static OpenApiContract fromJson(String json) {
    return new OpenApiContract(JSON.readTree(json));
  }

  public JsonNode root() {
    return root;
  }

  public List<Operation> operations() {
    return operations;
  }

  /** "METHOD /path/{template}" of every documented operation, sorted. */
  public Set<String> operationKeys() {
    var keys = new TreeSet<String>();
    operations.forEach(o -> keys.add(o.method() + " " + o.path()));
    return keys;
  }

  /** The documented operation a concrete request path hits, the most specific one first. */
  public Optional<Operation> match(String method, String path) {
    var bare =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return operations.stream()
        .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(bare).matches())
        .max(Comparator.comparingInt(Operation::literals));
  }

  /**
   * What is wrong with a response to {@code method path} as the document sees it; empty when it
   * matches or when the route is not documented (route coverage is checked separately).
   */
  public List<String> violations(
      String method, String path, int status, String contentType, String body) {
    var operation = match(method, path);
    if (operation.isEmpty() || method.equalsIgnoreCase("HEAD")) {
      return List.of();
    }
    var op = operation.get();
    var where = method + " " + path + " (" + op.path() + ") answered " + status;
    var responses = node(op).path("responses");
    var key = String.valueOf(status);
    String pointer;
    JsonNode response;
    if (responses.has(key)) {
      pointer = pointer(op) + "/responses/" + key;
      response = responses.get(key);
    } else if (responses.has("default")) {
      pointer = pointer(op) + "/responses/default";
      response = responses.get("default");
    } else if (ANY_ROUTE.contains(status)) {
      return errorBody(where, contentType, body);
    } else {
      return List.of(where + ": status not documented (documented: " + names(responses) + ")");
    }
    if (response.has("$ref")) {
      pointer = response.get("$ref").asString().substring(1);
      response = at(pointer);
    }
    var content = response.path("content");
    if (content.isMissingNode() || content.isEmpty() || body == null || body.isEmpty()) {
      return List.of();
    }
    var type = mediaType(contentType);
    if (!content.has(type)) {
      return List.of(
          where
              + ": content type "
              + type
              + " not documented (documented: "
              + names(content)
              + ")");
    }
    if (!type.equals("application/json") || !content.get(type).has("schema")) {
      return List.of();
    }
    return validate(where, pointer + "/content/" + escape(type) + "/schema", JSON.readTree(body));
  }

  /**
   * Checks one response; throws {@link AssertionError} naming every violation. Does nothing when no
   * document is on the class path.
   */
  public static void check(String method, URI uri, HttpResponse<String> response) {
    onClasspath()
        .ifPresent(
            contract -> {
              var problems =
                  contract.violations(
                      method,
                      uri.getRawPath(),
                      response.statusCode(),
                      response.headers().firstValue("Content-Type").orElse(""),
                      response.body());
              if (!problems.isEmpty()) {
                throw new AssertionError(
                    "The response breaks the OpenAPI document (web-adapter "
                        + RESOURCE
                        + "):\n  "
                        + String.join("\n  ", problems)
                        + "\n  body: "
                        + abbreviate(response.body()));
              }
            });
  }

  private List<String> errorBody(String where, String contentType, String body) {
    if (body == null || body.isEmpty() || !mediaType(contentType).equals("application/json")) {
      return List.of();
    }
    var tree = JSON.readTree(body);
    var envelope = validate(where, "/components/schemas/Error", tree);
    return envelope.isEmpty() || validate(where, "/components/schemas/AuthError", tree).isEmpty()
        ? List.of()
        : envelope;
  }

  private List<String> validate(String where, String pointer, JsonNode value) {
    var schema =
        schemas.computeIfAbsent(
            pointer,
            p -> {
              var wrapper = (ObjectNode) root.deepCopy();
              wrapper.put("$ref", "#" + p);
              return registry.getSchema(wrapper);
            });
    return schema.validate(value).stream().map(e -> where + ": " + e.toString()).toList();
  }

  private JsonNode node(Operation op) {
    return root.get("paths").get(op.path()).get(op.method().toLowerCase(Locale.ROOT));
  }

  private static String pointer(Operation op) {
    return "/paths/" + escape(op.path()) + "/" + op.method().toLowerCase(Locale.ROOT);
  }

  private JsonNode at(String pointer) {
    return root.at(pointer);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String mediaType(String contentType) {
    var semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static String names(JsonNode node) {
    return String.join(", ", node.propertyNames());
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 500 ? body : body.substring(0, 500) + "…";
  }
}
