package io.dbkeep.adapter.in.web.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * DBKeep's OpenAPI 3.1 document. It is written by hand as YAML ({@code openapi.yaml} beside this
 * class) so that a route, its schema and its access level ({@code x-dbkeep-access}) are added in
 * one readable place; tests keep it true (every registered route is documented, every documented
 * route exists, real responses match their schemas). It is read once, when first asked for.
 */
public final class OpenApiDocument {

  public static final String RESOURCE = "openapi.yaml";

  private final Supplier<JsonNode> source;
  private volatile JsonNode tree;
  private volatile String json;

  private OpenApiDocument(Supplier<JsonNode> source) {
    this.source = source;
  }

  /** The document in this jar. */
  public static OpenApiDocument bundled() {
    return new OpenApiDocument(OpenApiDocument::readBundled);
  }

  /** The document as a tree. */
  public JsonNode tree() {
    var read = tree;
    if (read == null) {
      read = source.get();
      tree = read;
    }
    return read;
  }

  /** The document as JSON text. */
  public String json() {
    var text = json;
    if (text == null) {
      text = JsonMapper.builder().build().writeValueAsString(tree());
      json = text;
    }
    return text;
  }

  private static JsonNode readBundled() {
    try (var in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return YAMLMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
