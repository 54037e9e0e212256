package io.dbkeep.json;

/**
 * Bounds on what {@link JsonCodec} accepts, so hostile input cannot exhaust memory or stack.
 *
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxNameLength longest member name, in characters
 */
public record JsonLimits(
    int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength) {

  /** Generous for schema documents, strict enough for untrusted input. */
  public static final JsonLimits DEFAULT = new JsonLimits(200, 10_000_000, 100, 50_000);

  public JsonLimits {
    if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("JSON limits must be positive");
    }
  }
}
