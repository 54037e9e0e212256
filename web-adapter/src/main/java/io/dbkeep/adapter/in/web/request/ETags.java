package io.dbkeep.adapter.in.web.request;

import io.dbkeep.domain.project.ExpectedVersion;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Versions as entity tags: version 3 is the strong tag {@code "3"}. Reads the conditional headers
 * as RFC 9110 writes them (§8.8.3, §13.1.1, §13.1.2): {@code *}, or a comma-separated list of tags
 * {@code "opaque"} and {@code W/"opaque"}, across as many header lines as the client sent.
 *
 * <p>{@code If-Match} compares strongly — {@code "03"} is not {@code "3"} — except that a weak tag
 * {@code W/"3"} is taken as {@code "3"} on purpose: some proxies weaken the tags they pass on, and
 * refusing the client's own version for it would only make it retry without a precondition. {@code
 * If-None-Match} compares weakly, as the RFC says.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * All lines of header {@code name} as one list value (RFC 9110 §5.3), or null when the request
   * has none.
   */
  public static String header(Context ctx, String name) {
    var lines = Collections.list(ctx.req().getHeaders(name));
    return lines.isEmpty() ? null : String.join(", ", lines);
  }

  /** What the request's {@code If-Match} asks for; none when it has none. */
  public static Option<ExpectedVersion> expectedVersion(Context ctx) {
    return expectedVersion(header(ctx, "If-Match"));
  }

  /**
   * What an {@code If-Match} value asks for: none when absent; any version for {@code *}; else the
   * versions its tags name — none at all when it is no list of tags or names none of ours (the
   * change then fails with 412).
   */
  public static Option<ExpectedVersion> expectedVersion(String ifMatch) {
    if (ifMatch == null) {
      return Option.none();
    }
    if (ifMatch.strip().equals("*")) {
      return Option.of(ExpectedVersion.ANY);
    }
    return Option.of(
        tags(ifMatch)
            .map(tags -> ExpectedVersion.oneOf(versions(tags)))
            .getOrElse(ExpectedVersion.NONE));
  }

  /**
   * Whether an {@code If-None-Match} value names {@code version}: {@code *}, or a tag weak or
   * strong that is the version's (a value that is no list of tags names nothing).
   */
  public static boolean matches(String ifNoneMatch, long version) {
    if (ifNoneMatch == null) {
      return false;
    }
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    return tags(ifNoneMatch).exists(tags -> versions(tags).contains(version));
  }

  /** An entity tag: its opaque text between the quotes, and whether it was marked weak. */
  record Tag(boolean weak, String opaque) {}

  /**
   * The tags of a list {@code #entity-tag}: empty elements and spaces around commas are allowed,
   * anything else that is not a tag makes the whole value none.
   */
  static Option<List<Tag>> tags(String value) {
    var tags = new ArrayList<Tag>();
    var n = value.length();
    var i = 0;
    while (true) {
      while (i < n && (value.charAt(i) == ',' || isSpace(value.charAt(i)))) {
        i++;
      }
      if (i == n) {
        return Option.of(tags);
      }
      var weak = value.startsWith("W/", i);
      if (weak) {
        i += 2;
      }
      if (i >= n || value.charAt(i) != '"') {
        return Option.none();
      }
      var end = i + 1;
      while (end < n && isTagCharacter(value.charAt(end))) {
        end++;
      }
      if (end >= n || value.charAt(end) != '"') {
        return Option.none();
      }
      tags.add(new Tag(weak, value.substring(i + 1, end)));
      i = end + 1;
      while (i < n && isSpace(value.charAt(i))) {
        i++;
      }
      if (i < n && value.charAt(i) != ',') {
        return Option.none();
      }
    }
  }

  /** The versions the tags are of: opaque text that is exactly a version's decimal number. */
  private static List<Long> versions(List<Tag> tags) {
    var versions = new ArrayList<Long>();
    for (var tag : tags) {
      version(tag.opaque()).forEach(versions::add);
    }
    return versions;
  }

  private static Option<Long> version(String opaque) {
    if (opaque.isEmpty()
        || opaque.length() > 19
        || !opaque.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.none();
    }
    try {
      var version = Long.parseLong(opaque);
      return Long.toString(version).equals(opaque) ? Option.of(version) : Option.none();
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** {@code etagc}: visible ASCII but the double quote, and obs-text. */
  private static boolean isTagCharacter(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }
}
