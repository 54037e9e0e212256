package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonTreeTooLargeException;
import io.dbkeep.json.MalformedJsonException;
import io.javalin.http.Context;
import io.vavr.control.Option;

/**
 * A JSON object body under {@code /api/auth}, read field by field. A missing body reads as {@code
 * {}}; malformed JSON, wrong types and overlong values fail the request with Better Auth's error
 * shape (400).
 */
final class AuthBody {

  /**
   * What the JSON tree of an auth body may retain (ADR 0130): its fields are a few short strings,
   * so 1 MiB is generous, and these bodies are not queued behind the document work.
   */
  static final long TREE_BUDGET = 1L << 20;

  private final JsonObject body;

  private AuthBody(JsonObject body) {
    this.body = body;
  }

  static AuthBody of(Context ctx, JsonCodec codec) {
    var contentType = ctx.contentType();
    if (contentType != null
        && contentType
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")) {
      return form(ctx);
    }
    var bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      return new AuthBody(JsonObject.empty());
    }
    JsonValue value;
    try {
      value = codec.read(bytes, TREE_BUDGET);
    } catch (JsonTreeTooLargeException e) {
      throw new AuthApiException(
          413, "PAYLOAD_TOO_LARGE", "The request body is larger than an auth request may be");
    } catch (MalformedJsonException e) {
      throw new AuthApiException(
          400, "MALFORMED_JSON", "The request body is not valid JSON: " + e.describe());
    }
    if (!(value instanceof JsonObject object)) {
      throw new AuthApiException(400, "BODY_MUST_BE_AN_OBJECT", "Body must be an object");
    }
    return new AuthBody(object);
  }

  /** An HTML form post (Better Auth accepts one for sign-in): every field a string. */
  private static AuthBody form(Context ctx) {
    var members = new java.util.LinkedHashMap<String, JsonValue>();
    ctx.formParamMap()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                var value = values.get(0);
                members.put(
                    name,
                    value.equals("true") || value.equals("false")
                        ? JsonBoolean.of(Boolean.parseBoolean(value))
                        : new JsonString(value));
              }
            });
    return new AuthBody(new JsonObject(members));
  }

  boolean has(String field) {
    return present(field).isDefined();
  }

  String requiredString(String field, int maxLength) {
    return optionalString(field, maxLength)
        .getOrElseThrow(() -> AuthErrors.invalid(field + " is required"));
  }

  Option<String> optionalString(String field, int maxLength) {
    return present(field)
        .map(
            value -> {
              if (!(value instanceof JsonString string)) {
                throw AuthErrors.invalid(field + " must be a string, not " + value.typeName());
              }
              if (string.value().length() > maxLength) {
                throw AuthErrors.invalid(field + " must be at most " + maxLength + " characters");
              }
              if (string.value().indexOf('\u0000') >= 0) {
                // PostgreSQL text cannot hold NUL: refuse it here instead of failing in the store
                throw AuthErrors.invalid(field + " must not contain NUL characters");
              }
              return string.value();
            });
  }

  /** A string field that may be explicitly null: none = absent, some(none) = null. */
  Option<Option<String>> nullableString(String field, int maxLength) {
    var raw = body.get(field);
    if (raw.isEmpty()) {
      return Option.none();
    }
    if (raw.get() == JsonNull.INSTANCE) {
      return Option.of(Option.none());
    }
    return Option.of(optionalString(field, maxLength));
  }

  boolean optionalBoolean(String field, boolean fallback) {
    return present(field)
        .map(
            value -> {
              if (!(value instanceof JsonBoolean bool)) {
                throw AuthErrors.invalid(field + " must be a boolean, not " + value.typeName());
              }
              return bool.value();
            })
        .getOrElse(fallback);
  }

  Option<Long> optionalWholeNumber(String field, long min, long max) {
    return present(field)
        .map(
            value -> {
              if (!(value instanceof JsonNumber number)) {
                throw AuthErrors.invalid(field + " must be a number, not " + value.typeName());
              }
              try {
                var whole = number.value().longValueExact();
                if (whole < min || whole > max) {
                  throw AuthErrors.invalid(field + " must be from " + min + " to " + max);
                }
                return whole;
              } catch (ArithmeticException e) {
                throw AuthErrors.invalid(field + " must be a whole number");
              }
            });
  }

  private Option<JsonValue> present(String field) {
    return body.get(field).filter(value -> value != JsonNull.INSTANCE);
  }
}
