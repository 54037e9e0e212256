package io.dbkeep.bootstrap.contract;

import io.dbkeep.testsupport.OpenApiContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix: for every documented route (the route table, which {@code
 * OpenApiContractTest} keeps equal to the document) and every kind of caller, what the caller gets
 * — {@code ok} (let in: 2xx or 3xx for a valid request), or the refusal 401, 403 or 404. It is
 * derived from each operation's {@code x-dbkeep-access}; docs/authorization.md is this table.
 */
final class AuthorizationMatrix {

  /** The kinds of caller, in the order of the table's columns. */
  enum Caller {
    ANONYMOUS("anonymous", "no credentials, GUEST_MODE off"),
    GUEST(
        "guest",
        "no credentials, GUEST_MODE on (the shared guest user; a bearer token that is no live session gets 401, not the guest)"),
    USER("user", "signed in; owns the project in the request"),
    OTHER_USER("other user", "signed in; owns nothing in the request"),
    ADMIN("admin", "signed in with the admin role; owns nothing in the request"),
    BANNED("banned", "signed in, then banned (the session is still alive)");

    final String label;
    final String meaning;

    Caller(String label, String meaning) {
      this.label = label;
      this.meaning = meaning;
    }
  }

  static final String OK = "ok";

  /** What each access level gives each caller. */
  static final Map<String, Map<Caller, String>> RULES = new LinkedHashMap<>();

  static {
    rule("public", OK, OK, OK, OK, OK, OK);
    rule("caller", "401", OK, OK, OK, OK, "403");
    rule("owner", "401", "404", OK, "404", "404", "403");
    rule("session", "401", "401", OK, OK, OK, "403");
    rule("admin", "401", "401", "403", "403", OK, "403");
    rule("studio-admin", "401", "404", "404", "404", OK, "404");
    rule("metrics", OK, OK, OK, OK, OK, OK);
  }

  private static void rule(String access, String... answers) {
    var row = new LinkedHashMap<Caller, String>();
    for (var caller : Caller.values()) {
      row.put(caller, answers[caller.ordinal()]);
    }
    RULES.put(access, row);
  }

  /** One row: a route and what each caller gets. */
  record Row(String method, String path, String access, Map<Caller, String> expected) {
    String key() {
      return method + " " + path;
    }
  }

  private AuthorizationMatrix() {}

  /** The matrix of a document; an operation without a known access level has no row. */
  static List<Row> rows(OpenApiContract document) {
    var rows = new ArrayList<Row>();
    for (var operation : document.operations()) {
      var rule = RULES.get(operation.access());
      if (rule != null) {
        rows.add(new Row(operation.method(), operation.path(), operation.access(), rule));
      }
    }
    rows.sort(java.util.Comparator.comparing(Row::path).thenComparing(Row::method));
    return rows;
  }

  /** docs/authorization.md. */
  static String markdown(OpenApiContract document) {
    var out = new StringBuilder();
    out.append("# Authorization matrix\n\n")
        .append("Generated from the route table and each operation's `x-dbkeep-access` in\n")
        .append("`web-adapter/src/main/resources/io/dbkeep/adapter/in/web/docs/openapi.yaml`")
        .append(" by\n`AuthorizationMatrixTest`, which also drives every cell against a real")
        .append(" server.\nDo not edit by hand: run `mvn -B -q verify -pl bootstrap -am")
        .append(" -Dtest=AuthorizationMatrixTest\n-Dsurefire.failIfNoSpecifiedTests=false")
        .append(" -DskipITs -Ddbkeep.writeDocs=true`.\n\n")
        .append("`ok`: let in (2xx or 3xx for a valid request; a public route may still refuse")
        .append(" its input).\n`401`, `403`, `404`: refused with that status (404 where a")
        .append(" resource's existence is not revealed).\n\n")
        .append("| caller | meaning |\n|---|---|\n");
    for (var caller : Caller.values()) {
      out.append("| ").append(caller.label).append(" | ").append(caller.meaning).append(" |\n");
    }
    out.append("\n| access | ");
    for (var caller : Caller.values()) {
      out.append(caller.label).append(" | ");
    }
    out.append("\n|---|").append("---|".repeat(Caller.values().length)).append('\n');
    RULES.forEach(
        (access, rule) -> {
          out.append("| `").append(access).append("` | ");
          rule.values().forEach(answer -> out.append(answer).append(" | "));
          out.append('\n');
        });
    out.append("\n| route | access | ");
    for (var caller : Caller.values()) {
      out.append(caller.label).append(" | ");
    }
    out.append("\n|---|---|").append("---|".repeat(Caller.values().length)).append('\n');
    for (var row : rows(document)) {
      out.append("| `").append(row.key()).append("` | ").append(row.access()).append(" | ");
      row.expected().values().forEach(answer -> out.append(answer).append(" | "));
      out.append('\n');
    }
    return out.toString().replace(" | \n", " |\n");
  }
}
