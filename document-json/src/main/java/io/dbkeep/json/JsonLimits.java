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

  /**
   * For documents already stored (PostgreSQL {@code jsonb} text): what the database kept must read
   * back even when an older release let it in — numbers up to {@code numeric}'s full width (about
   * 147,000 digits), strings and names up to {@code jsonb}'s size, and deeper nesting than requests
   * may have. Never used for request bodies.
   */
  public static final JsonLimits STORED =
      new JsonLimits(2_000, Integer.MAX_VALUE, 200_000, Integer.MAX_VALUE);

  public JsonLimits {
    if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("JSON limits must be positive");
    }
  }
}
