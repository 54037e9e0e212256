package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonObject;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A column of a {@link Table}.
 *
 * <p>Immutable. The record holds what the document says, valid or not; {@code SchemaValidator}
 * tells whether it makes sense for an engine. A primary-key column is always exported {@code NOT
 * NULL}, and {@code unique} on a primary-key column adds nothing. Build one in code with {@link
 * #builder(String, String, ColumnType)}.
 *
 * @param id the document's id of the column, unique within its table; relations refer to it
 * @param name the SQL name
 * @param type the column type
 * @param primaryKey whether the column is (part of) the table's primary key
 * @param nullable whether NULL is allowed
 * @param unique whether the column alone is unique
 * @param defaultValue a single SQL expression for {@code DEFAULT}, as the user wrote it
 * @param length for CHAR, VARCHAR, BIT, VARBIT
 * @param precision total digits of DECIMAL/NUMERIC
 * @param scale digits after the point of DECIMAL/NUMERIC
 * @param dimension dimensions of VECTOR, HALFVEC, SPARSEVEC
 * @param enumId the {@link EnumType} of an {@link ColumnType#ENUM} column
 * @param comment a comment for the column
 * @param extra members the document had that DBKeep does not know, kept in order
 */
public record Column(
    String id,
    String name,
    ColumnType type,
    boolean primaryKey,
    boolean nullable,
    boolean unique,
    Option<String> defaultValue,
    Option<Integer> length,
    Option<Integer> precision,
    Option<Integer> scale,
    Option<Integer> dimension,
    Option<String> enumId,
    Option<String> comment,
    JsonObject extra) {

  public Column {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(enumId, "enumId");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(extra, "extra");
  }

  /** A nullable, non-key column of {@code type}; refine it with the builder's methods. */
  public static Builder builder(String id, String name, ColumnType type) {
    return new Builder(id, name, type);
  }

  /** A builder holding this column's values. */
  public Builder toBuilder() {
    var builder = new Builder(id, name, type);
    builder.primaryKey = primaryKey;
    builder.nullable = nullable;
    builder.unique = unique;
    builder.defaultValue = defaultValue;
    builder.length = length;
    builder.precision = precision;
    builder.scale = scale;
    builder.dimension = dimension;
    builder.enumId = enumId;
    builder.comment = comment;
    builder.extra = extra;
    return builder;
  }

  /** Builds {@link Column}s step by step; not thread-safe. */
  public static final class Builder {
    private String id;
    private String name;
    private ColumnType type;
    private boolean primaryKey;
    private boolean nullable = true;
    private boolean unique;
    private Option<String> defaultValue = Option.none();
    private Option<Integer> length = Option.none();
    private Option<Integer> precision = Option.none();
    private Option<Integer> scale = Option.none();
    private Option<Integer> dimension = Option.none();
    private Option<String> enumId = Option.none();
    private Option<String> comment = Option.none();
    private JsonObject extra = JsonObject.empty();

    private Builder(String id, String name, ColumnType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder type(ColumnType value) {
      this.type = value;
      return this;
    }

    /** Makes the column (part of) the primary key, and NOT NULL. */
    public Builder primaryKey() {
      this.primaryKey = true;
      this.nullable = false;
      return this;
    }

    public Builder primaryKey(boolean value) {
      this.primaryKey = value;
      return this;
    }

    public Builder nullable(boolean value) {
      this.nullable = value;
      return this;
    }

    public Builder notNull() {
      return nullable(false);
    }

    public Builder unique(boolean value) {
      this.unique = value;
      return this;
    }

    public Builder unique() {
      return unique(true);
    }

    public Builder defaultValue(String sqlExpression) {
      this.defaultValue = Option.of(sqlExpression);
      return this;
    }

    public Builder length(int value) {
      this.length = Option.of(value);
      return this;
    }

    public Builder precision(int precisionValue, int scaleValue) {
      this.precision = Option.of(precisionValue);
      this.scale = Option.of(scaleValue);
      return this;
    }

    public Builder precision(int value) {
      this.precision = Option.of(value);
      return this;
    }

    public Builder dimension(int value) {
      this.dimension = Option.of(value);
      return this;
    }

    public Builder enumId(String value) {
      this.enumId = Option.of(value);
      return this;
    }

    public Builder comment(String value) {
      this.comment = Option.of(value);
      return this;
    }

    public Builder extra(JsonObject value) {
      this.extra = value;
      return this;
    }

    public Column build() {
      return new Column(
          id,
          name,
          type,
          primaryKey,
          nullable,
          unique,
          defaultValue,
          length,
          precision,
          scale,
          dimension,
          enumId,
          comment,
          extra);
    }
  }
}
