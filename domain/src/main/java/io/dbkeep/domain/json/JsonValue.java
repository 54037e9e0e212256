package io.dbkeep.domain.json;

/**
 * A JSON value as the domain sees it: an immutable tree, free of any JSON library.
 *
 * <p>Adapters translate text to and from this tree; the domain reads and builds documents with it.
 * Numbers keep their exact decimal value, objects keep their member order.
 */
public sealed interface JsonValue
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

  /** The JSON type name of this value, as used in error messages ("object", "array", …). */
  String typeName();
}
