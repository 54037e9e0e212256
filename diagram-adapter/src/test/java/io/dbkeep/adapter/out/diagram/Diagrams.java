package io.dbkeep.adapter.out.diagram;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Group;
import io.dbkeep.domain.schema.Note;
import io.dbkeep.domain.schema.Position;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Size;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.List;

/**
 * A small blog schema with positions, colours, a group, a note, an enum and every relation type.
 */
final class Diagrams {

  private Diagrams() {}

  static SchemaDocument blog() {
    var users =
        Table.of(
                "t-users",
                "users",
                List.of(
                    Column.builder("u-id", "id", ColumnType.SERIAL).primaryKey().build(),
                    Column.builder("u-email", "email", ColumnType.VARCHAR)
                        .length(255)
                        .notNull()
                        .unique()
                        .comment("login \"name\"")
                        .build(),
                    Column.builder("u-role", "role", ColumnType.ENUM).enumId("e-role").build()))
            .withColor("#22c55e")
            .withPosition(Position.of(40, 40));
    var posts =
        Table.of(
                "t-posts",
                "blog posts <&>",
                List.of(
                    Column.builder("p-id", "id", ColumnType.BIGSERIAL).primaryKey().build(),
                    Column.builder("p-author", "author id", ColumnType.INTEGER).notNull().build(),
                    Column.builder("p-price", "price", ColumnType.DECIMAL)
                        .precision(10, 2)
                        .build()))
            .withPosition(Position.of(420, 60));
    var tags =
        Table.of(
            "t-tags",
            "tags",
            List.of(Column.builder("g-id", "id", ColumnType.INT).primaryKey().build()));
    var tagsInGroup =
        new Table(
            tags.id(),
            tags.name(),
            Option.of("#a855f7"),
            Option.of(Position.of(30, 50)),
            Option.of("g-1"),
            tags.columns(),
            List.of(),
            Option.none(),
            JsonObject.empty());
    var unplaced =
        Table.of(
            "t-loose",
            "audit_log",
            List.of(Column.builder("a", "at", ColumnType.TIMESTAMPTZ).build()));
    return new SchemaDocument(
        1,
        List.of(users, posts, tagsInGroup, unplaced),
        List.of(
            Relation.of("r1", RelationType.ONE_TO_MANY, "t-posts", "p-author", "t-users", "u-id"),
            Relation.of("r2", RelationType.MANY_TO_MANY, "t-posts", "p-id", "t-tags", "g-id")
                .withName("post_tags"),
            Relation.of("r3", RelationType.ONE_TO_ONE, "t-users", "u-email", "t-users", "u-id"),
            Relation.of("r4", RelationType.ONE_TO_MANY, "t-posts", "p-id", "t-gone", "x")),
        List.of(
            new Group(
                "g-1",
                "Tagging",
                Option.of("#f97316"),
                Option.of(Position.of(800, 40)),
                Option.of(Size.of("300px", "200px")),
                JsonObject.empty())),
        List.of(
            new Note(
                "n-1",
                "Read me",
                "first line\nsecond line",
                Option.none(),
                Option.none(),
                Option.of(Position.of(40, 300)),
                Option.none(),
                Option.none(),
                JsonObject.empty())),
        List.of(EnumType.of("e-role", "role", List.of("admin", "reader"))),
        JsonObject.empty());
  }

  /**
   * Names, comments and labels Mermaid's own syntax gives a meaning to: parentheses, quotes,
   * braces, spaces, {@code %%} comments and {@code %%{init}%%} directives, entity codes, reserved
   * words, line breaks and non-ASCII letters.
   */
  static SchemaDocument hostileForMermaid() {
    var directive = "%%{init: {\"theme\": \"dark\"}}%%";
    var orders =
        Table.of(
            "t-orders",
            "order (items)",
            List.of(
                Column.builder("o-id", "id", ColumnType.SERIAL).primaryKey().build(),
                Column.builder("o-count", "count(*)", ColumnType.INTEGER)
                    .comment("has \"quotes\", %% a comment, " + directive + " and #quot; too")
                    .build(),
                Column.builder("o-paren", "a(b", ColumnType.VARCHAR).length(20).build(),
                Column.builder("o-close", ")x", ColumnType.DECIMAL).precision(10, 2).build(),
                Column.builder("o-mood", "mood", ColumnType.ENUM).enumId("e-mood").build(),
                Column.builder("o-line", "two\nlines", ColumnType.TEXT)
                    .comment("line one\nline two\r\n}\u2028{ end\\")
                    .build(),
                Column.builder("o-pk", "PK", ColumnType.BOOLEAN).unique().build(),
                Column.builder("o-unicode", "prix_€_ünï_表", ColumnType.TEXT).build()));
    var quoted =
        Table.of(
            "t-quoted",
            "\"quoted\" {table}",
            List.of(Column.builder("q-id", "\"id\"", ColumnType.INT).primaryKey().build()));
    var injected =
        Table.of(
            "t-directive",
            directive,
            List.of(Column.builder("d-id", "%%", ColumnType.INT).primaryKey().build()));
    var unicode =
        Table.of(
            "t-unicode",
            "Bestellpositionen ünïcödé 表 🚀",
            List.of(Column.builder("u-id", "ид", ColumnType.INT).primaryKey().build()));
    var reserved =
        Table.of(
            "t-reserved",
            "erDiagram",
            List.of(Column.builder("r-id", "}", ColumnType.INT).primaryKey().build()));
    var digits = Table.of("t-digits", "1st table -- x", List.of());
    var percent = Table.of("t-percent", "100% done %%", List.of());
    var keywordLike =
        Table.of(
            "t-class",
            "class-room",
            List.of(
                Column.builder("k-pk", "PK-x", ColumnType.INT).build(),
                Column.builder("k-end", "end", ColumnType.INT).build()));
    var turn = Table.of("t-turn", "u-turn", List.of());
    var direction = Table.of("t-direction", "go direction\u00A0TB now", List.of());
    return new SchemaDocument(
        1,
        List.of(
            orders,
            quoted,
            injected,
            unicode,
            reserved,
            digits,
            percent,
            keywordLike,
            turn,
            direction),
        List.of(
            Relation.of("r1", RelationType.ONE_TO_MANY, "t-orders", "o-count", "t-quoted", "q-id")
                .withName("\"named\" : {x} " + directive),
            Relation.of("r2", RelationType.ONE_TO_ONE, "t-quoted", "q-id", "t-directive", "d-id"),
            Relation.of("r3", RelationType.MANY_TO_MANY, "t-unicode", "u-id", "t-reserved", "r-id"),
            Relation.of("r5", RelationType.ONE_TO_MANY, "t-class", "k-pk", "t-turn", "x")
                .withName("then direction LR"),
            Relation.of(
                "r4 %%{init: {\"theme\":\"forest\"}}%%\n}\nerDiagram",
                RelationType.ONE_TO_MANY, "t-orders", "o-id", "t-gone", "x")),
        List.of(),
        List.of(),
        List.of(EnumType.of("e-mood", "mood (happy) \"sad\"", List.of("happy", "sad"))),
        JsonObject.empty());
  }
}
