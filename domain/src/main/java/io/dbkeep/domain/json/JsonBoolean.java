package io.dbkeep.domain.json;

/** A JSON boolean. */
public enum JsonBoolean implements JsonValue {
  TRUE,
  FALSE;

  public static JsonBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public boolean value() {
    return this == TRUE;
  }

  @Override
  public String typeName() {
    return "boolean";
  }
}
