package io.dbkeep.domain.json;

/** The JSON {@code null}. */
public enum JsonNull implements JsonValue {
  INSTANCE;

  @Override
  public String typeName() {
    return "null";
  }
}
