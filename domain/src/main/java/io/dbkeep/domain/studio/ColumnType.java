package io.dbkeep.domain.studio;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * A column's type as the catalog describes it.
 *
 * @param display the engine's own spelling, e.g. {@code character varying(255)}, {@code int(11)}
 * @param base the type name without parameters, lower case, e.g. {@code varchar}, {@code int4}
 * @param kind how values of this type travel as JSON
 * @param length a character or bit length, when the type has one
 * @param precision a numeric precision, when declared
 * @param scale a numeric scale, when declared
 * @param enumValues the allowed labels of an enum type (empty otherwise)
 * @param elementType for arrays, the element type's base name
 */
public record ColumnType(
    String display,
    String base,
    ValueKind kind,
    Option<Integer> length,
    Option<Integer> precision,
    Option<Integer> scale,
    List<String> enumValues,
    Option<String> elementType) {

  public ColumnType {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(scale, "scale");
    enumValues = List.copyOf(enumValues);
    Objects.requireNonNull(elementType, "elementType");
  }

  /** A type without parameters. */
  public static ColumnType simple(String display, String base, ValueKind kind) {
    return new ColumnType(
        display, base, kind, Option.none(), Option.none(), Option.none(), List.of(), Option.none());
  }
}
