package io.dbkeep.domain.studio;

/**
 * How a column's values travel as JSON, whatever the engine's type name:
 *
 * <ul>
 *   <li>{@link #INTEGER}: a JSON number while within ±2<sup>53</sup>, beyond it a string;
 *   <li>{@link #DECIMAL}: exact numerics, always a string ({@code "12.50"}), never a float;
 *   <li>{@link #FLOAT}: a JSON number ({@code "NaN"}, {@code "Infinity"} as strings);
 *   <li>{@link #BOOLEAN}: true/false;
 *   <li>{@link #DATE}, {@link #TIME}, {@link #TIMESTAMP}, {@link #TIMESTAMP_TZ}: ISO-8601 strings
 *       (a zoned timestamp in UTC with {@code Z});
 *   <li>{@link #JSON}: the JSON value itself;
 *   <li>{@link #BYTES}: {@code {"hex":"0a1b…","size":n}};
 *   <li>{@link #ARRAY}: a JSON array of its elements;
 *   <li>{@link #TEXT}, {@link #UUID}, {@link #ENUM}, {@link #OTHER}: a string.
 * </ul>
 */
public enum ValueKind {
  INTEGER,
  DECIMAL,
  FLOAT,
  BOOLEAN,
  TEXT,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_TZ,
  JSON,
  BYTES,
  UUID,
  ENUM,
  ARRAY,
  OTHER;

  /** Whether values of this kind can be compared with {@code <}, {@code >} meaningfully. */
  public boolean ordered() {
    return this != JSON && this != BYTES && this != ARRAY;
  }
}
