package io.dbkeep.domain.json;

import java.math.BigDecimal;

/**
 * Where a writer of JSON sends what it writes, one event at a time: a tree ({@link JsonTreeSink}),
 * text (a streaming generator in an adapter) or a check ({@link StorableJson#checker()}). Lets one
 * writer of a document ({@code SchemaDocumentWriter}) serve them all, so that the stored text is
 * written straight from the document without building a tree first (ADR 0131).
 *
 * <p>Callers send a well-formed sequence: inside an object, {@link #name} before each value; one
 * value at the top. Implementations are not thread-safe.
 */
public interface JsonSink {

  /** Opens an object. */
  void startObject();

  /** Closes the innermost open object. */
  void endObject();

  /** Opens an array. */
  void startArray();

  /** Closes the innermost open array. */
  void endArray();

  /** The name of the next member of the innermost open object. */
  void name(String name);

  /** A string value. */
  void string(String value);

  /** A number value that is an integer. */
  void number(long value);

  /** A number value, with its exact decimal value. */
  void number(BigDecimal value);

  /** A boolean value. */
  void bool(boolean value);

  /** The value {@code null}. */
  void nullValue();

  /**
   * The estimated bytes the sink keeps of what it has been sent, for a reader that bounds what a
   * text may make it hold: such a reader charges the larger of this and its estimate of the text's
   * tree (ADR 0141). 0 unless the sink says otherwise.
   */
  default long retained() {
    return 0;
  }

  /** A whole tree (such as an element's unknown members), sent event by event. */
  default void value(JsonValue value) {
    if (value instanceof JsonObject object) {
      startObject();
      var members = (JsonMembers) object.members();
      for (int i = 0, size = members.size(); i < size; i++) {
        name(members.nameAt(i));
        value(members.valueAt(i));
      }
      endObject();
    } else if (value instanceof JsonArray array) {
      startArray();
      var elements = array.elements();
      for (int i = 0, size = elements.size(); i < size; i++) {
        value(elements.get(i));
      }
      endArray();
    } else if (value instanceof JsonString string) {
      string(string.value());
    } else if (value instanceof JsonNumber number) {
      number(number.value());
    } else if (value instanceof JsonBoolean bool) {
      bool(bool.value());
    } else {
      nullValue();
    }
  }
}
