package io.dbkeep.schematests;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Random documents that are valid on every engine by construction: reserved words, unicode, mixed
 * case, blanks and quotes, long names, composite keys, self references, cycles, 1:1, 1:N and N:M
 * relations, enums, indexes, defaults and comments. Driven by one seed, so a failure reproduces.
 */
final class RandomDocuments {

  private static final List<String> WORDS =
      List.of(
          "order",
          "user",
          "select",
          "group",
          "table",
          "from",
          "where",
          "key",
          "index",
          "primary",
          "check",
          "default",
          "Ünïcødé",
          "表",
          "naïve café",
          "Ωmega",
          "MixedCase",
          "with space",
          "quote\"d",
          "back`tick",
          "it's",
          "ÉTÉ",
          "größe",
          "名前",
          "desc",
          "limit",
          "values");

  private final Random random;
  private final Set<String> tableKeys = new HashSet<>();
  private int counter;

  private RandomDocuments(long seed) {
    this.random = new Random(seed);
  }

  static SchemaDocument generate(long seed) {
    return new RandomDocuments(seed).document();
  }

  private SchemaDocument document() {
    var enums = new ArrayList<EnumType>();
    for (int e = 0, count = random.nextInt(3); e < count; e++) {
      var values = new ArrayList<String>();
      for (int v = 0, n = 1 + random.nextInt(4); v < n; v++) {
        values.add(v % 2 == 0 ? "v" + v : "välue " + v);
      }
      enums.add(EnumType.of("e" + e, name("enum_" + e), values));
    }
    var tables = new ArrayList<Table>();
    var tableCount = 1 + random.nextInt(6);
    for (int t = 0; t < tableCount; t++) {
      tables.add(table(t, enums));
    }
    var relations = new ArrayList<Relation>();
    var relationCount = random.nextInt(tableCount * 2 + 1);
    var pairs = new HashSet<String>();
    for (int r = 0; r < relationCount; r++) {
      var source = random.nextInt(tables.size());
      var target = random.nextInt(tables.size());
      var type = RelationType.values()[random.nextInt(3)];
      if (type == RelationType.MANY_TO_MANY) {
        var a = tables.get(source);
        var b = tables.get(target);
        if (a.primaryKey().isEmpty() || b.primaryKey().isEmpty()) {
          continue;
        }
        var relation =
            Relation.of(
                "r" + r, type, a.id(), a.columns().get(0).id(), b.id(), b.columns().get(0).id());
        if (!pairs.add(a.id() + "/" + b.id()) || random.nextBoolean()) {
          relation = relation.withName(name("link " + r));
        }
        relations.add(relation.withActions(Option.of(ReferentialAction.CASCADE), Option.none()));
        continue;
      }
      var targetTable = tables.get(target);
      if (targetTable.primaryKey().size() > 1 && random.nextBoolean()) {
        relations.add(compositeForeignKey(tables, source, targetTable, type, r));
        continue;
      }
      var unique = targetTable.columns().stream().filter(c -> isUnique(targetTable, c)).toList();
      if (unique.isEmpty()) {
        continue;
      }
      var referenced = unique.get(random.nextInt(unique.size()));
      var nullable = random.nextBoolean();
      var foreignKey =
          referenced.toBuilder()
              .id("fk" + r)
              .name(columnName(tables.get(source), "ref " + r))
              .type(referenced.type().withoutAutoIncrement())
              .primaryKey(false)
              .unique(false)
              .nullable(nullable)
              .comment("references " + targetTable.name())
              .build();
      foreignKey = withoutDefault(foreignKey);
      var updated = new ArrayList<>(tables.get(source).columns());
      updated.add(foreignKey);
      tables.set(source, tables.get(source).withColumns(updated));
      var actions = ReferentialAction.values();
      var onDelete = actions[random.nextInt(actions.length)];
      if (onDelete == ReferentialAction.SET_NULL && !nullable) {
        onDelete = ReferentialAction.CASCADE;
      }
      var onUpdate =
          random.nextBoolean()
              ? Option.<ReferentialAction>none()
              : Option.of(
                  nullable
                      ? actions[random.nextInt(actions.length)]
                      : referenced.nullable() && !referenced.primaryKey()
                          ? ReferentialAction.NO_ACTION
                          : ReferentialAction.CASCADE);
      relations.add(
          Relation.of(
                  "r" + r,
                  type,
                  tables.get(source).id(),
                  foreignKey.id(),
                  targetTable.id(),
                  referenced.id())
              .withActions(random.nextBoolean() ? Option.of(onDelete) : Option.none(), onUpdate));
    }
    return SchemaDocument.of(tables, relations).withEnums(enums);
  }

  /**
   * A foreign key over the target's whole composite primary key: one new column per key column, the
   * pairs in a shuffled order (PostgreSQL and SQLite keep it, MySQL writes the key's order).
   */
  private Relation compositeForeignKey(
      List<Table> tables, int source, Table targetTable, RelationType type, int r) {
    var key = new ArrayList<>(targetTable.primaryKey());
    java.util.Collections.shuffle(key, random);
    var nullable = random.nextBoolean();
    var columns = new ArrayList<>(tables.get(source).columns());
    var pairs = new ArrayList<io.dbkeep.domain.schema.ColumnPair>();
    for (int k = 0; k < key.size(); k++) {
      var referenced = key.get(k);
      var column =
          withoutDefault(
              referenced.toBuilder()
                  .id("fk" + r + "_" + k)
                  .name(columnName(tables.get(source).withColumns(columns), "ref " + r + " " + k))
                  .type(referenced.type().withoutAutoIncrement())
                  .primaryKey(false)
                  .unique(false)
                  .nullable(nullable)
                  .comment("references " + targetTable.name())
                  .build());
      columns.add(column);
      pairs.add(io.dbkeep.domain.schema.ColumnPair.of(column.id(), referenced.id()));
    }
    tables.set(source, tables.get(source).withColumns(columns));
    var onDelete = nullable ? ReferentialAction.SET_NULL : ReferentialAction.CASCADE;
    var first = pairs.get(0);
    return Relation.of(
            "r" + r,
            type,
            tables.get(source).id(),
            first.sourceColumnId(),
            targetTable.id(),
            first.targetColumnId())
        .withAdditionalColumns(pairs.subList(1, pairs.size()))
        .withActions(
            random.nextBoolean() ? Option.of(onDelete) : Option.none(),
            random.nextBoolean() ? Option.of(ReferentialAction.CASCADE) : Option.none());
  }

  private static Column withoutDefault(Column column) {
    return new Column(
        column.id(),
        column.name(),
        column.type(),
        column.primaryKey(),
        column.nullable(),
        column.unique(),
        Option.none(),
        column.length(),
        column.precision(),
        column.scale(),
        column.dimension(),
        column.enumId(),
        column.comment(),
        column.extra());
  }

  private static boolean isUnique(Table table, Column column) {
    var key = table.primaryKey();
    return (key.size() == 1 && column.primaryKey()) || (column.unique() && !column.primaryKey());
  }

  private Table table(int index, List<EnumType> enums) {
    var name = name(WORDS.get(random.nextInt(WORDS.size())));
    var columns = new ArrayList<Column>();
    var names = new HashSet<String>();
    var keySize = random.nextInt(4); // 0: no primary key
    for (int k = 0; k < keySize; k++) {
      var serial = keySize == 1 && random.nextBoolean();
      var type =
          serial ? (random.nextBoolean() ? ColumnType.SERIAL : ColumnType.BIGSERIAL) : keyType();
      columns.add(
          parameters(Column.builder("k" + k, unique(names, word()), type), type, true)
              .primaryKey()
              .build());
    }
    for (int c = 0, count = 1 + random.nextInt(5); c < count; c++) {
      var type = anyType(enums);
      var builder = parameters(Column.builder("c" + c, unique(names, word()), type), type, false);
      if (type == ColumnType.ENUM) {
        builder.enumId(enums.get(random.nextInt(enums.size())).id());
      }
      builder.nullable(random.nextBoolean());
      if (keyable(type) && random.nextInt(4) == 0) {
        builder.unique();
      }
      if (random.nextInt(3) == 0) {
        builder.comment(
            random.nextBoolean() ? "it's a \"comment\"\nwith -- lines" : "Ünïcødé \\ comment");
      }
      var column = builder.build();
      defaultFor(column, enums).forEach(builder::defaultValue);
      columns.add(builder.build());
    }
    var indexes = new ArrayList<Index>();
    var keyable = columns.stream().filter(c -> keyable(c.type())).toList();
    for (int i = 0, count = random.nextInt(3); i < count && !keyable.isEmpty(); i++) {
      var first = keyable.get(random.nextInt(keyable.size()));
      var ids = new ArrayList<>(List.of(first.id()));
      var second = keyable.get(random.nextInt(keyable.size()));
      if (!second.id().equals(first.id()) && random.nextBoolean()) {
        ids.add(second.id());
      }
      var idx = Index.of("i" + i, ids, random.nextInt(3) == 0);
      indexes.add(random.nextBoolean() ? idx.withName(name("idx " + i)) : idx);
    }
    var table = Table.of("t" + index, name, columns).withIndexes(indexes);
    return random.nextBoolean()
        ? table.withComment("table \"" + name + "\" — it's commented")
        : table;
  }

  private Column.Builder parameters(Column.Builder builder, ColumnType type, boolean key) {
    switch (type) {
      case VARCHAR -> builder.length(1 + random.nextInt(key ? 100 : 300));
      case CHAR -> builder.length(1 + random.nextInt(key ? 20 : 50));
      case DECIMAL, NUMERIC -> {
        var precision = 1 + random.nextInt(30);
        builder.precision(precision, random.nextInt(precision + 1));
      }
      default -> {}
    }
    return builder;
  }

  private ColumnType keyType() {
    var types =
        List.of(
            ColumnType.INTEGER,
            ColumnType.BIGINT,
            ColumnType.VARCHAR,
            ColumnType.UUID,
            ColumnType.DATE,
            ColumnType.CHAR,
            ColumnType.DECIMAL,
            ColumnType.SMALLINT);
    return types.get(random.nextInt(types.size()));
  }

  private ColumnType anyType(List<EnumType> enums) {
    var types =
        new ArrayList<>(
            List.of(
                ColumnType.INTEGER,
                ColumnType.BIGINT,
                ColumnType.SMALLINT,
                ColumnType.VARCHAR,
                ColumnType.CHAR,
                ColumnType.TEXT,
                ColumnType.BOOLEAN,
                ColumnType.DATE,
                ColumnType.TIMESTAMP,
                ColumnType.TIMESTAMPTZ,
                ColumnType.TIME,
                ColumnType.DECIMAL,
                ColumnType.NUMERIC,
                ColumnType.UUID,
                ColumnType.JSON,
                ColumnType.JSONB,
                ColumnType.DOUBLE_PRECISION,
                ColumnType.REAL,
                ColumnType.BYTEA,
                ColumnType.INET,
                ColumnType.INTERVAL,
                ColumnType.MONEY,
                ColumnType.MACADDR,
                ColumnType.BIT));
    if (!enums.isEmpty()) {
      types.add(ColumnType.ENUM);
    }
    return types.get(random.nextInt(types.size()));
  }

  /** Keyable on every engine (MySQL cannot key TEXT/BLOB/JSON; PostgreSQL not JSON). */
  private static boolean keyable(ColumnType type) {
    return switch (type) {
      case TEXT, BYTEA, JSON, JSONB, INTERVAL -> false;
      default -> true;
    };
  }

  private Option<String> defaultFor(Column column, List<EnumType> enums) {
    if (random.nextInt(3) != 0) {
      return Option.none();
    }
    return switch (column.type()) {
      case INTEGER, BIGINT, SMALLINT -> Option.of(String.valueOf(random.nextInt(200) - 100));
      case BOOLEAN -> Option.of(random.nextBoolean() ? "TRUE" : "false");
      case VARCHAR, CHAR -> Option.of(column.length().getOrElse(1) >= 4 ? "'it''s'" : "'x'");
      case TEXT -> Option.of("'a \\ b'");
      case DATE -> Option.of(random.nextBoolean() ? "CURRENT_DATE" : "'2024-02-29'");
      case TIMESTAMP, TIMESTAMPTZ ->
          Option.of(random.nextBoolean() ? "now()" : "'2024-01-31 12:30:00'");
      case TIME -> Option.of("'23:59:59'");
      case UUID ->
          Option.of(
              random.nextBoolean()
                  ? "gen_random_uuid()"
                  : "'123e4567-e89b-12d3-a456-426614174000'");
      case JSON, JSONB -> Option.of("'{\"k\": [1, \"two\"]}'");
      case DOUBLE_PRECISION, REAL -> Option.of("1.5");
      case DECIMAL, NUMERIC -> Option.of("0");
      case ENUM ->
          Option.of(
              "'"
                  + enums.stream()
                      .filter(e -> e.id().equals(column.enumId().get()))
                      .findFirst()
                      .get()
                      .values()
                      .get(0)
                      .replace("'", "''")
                  + "'");
      case INTERVAL -> Option.of("'1 day'");
      case MONEY -> Option.of("9.99");
      default -> Option.none();
    };
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  /** A table-level name, unique under the strictest comparison of any engine. */
  private String name(String base) {
    while (true) {
      var candidate = base + "_" + (counter++);
      if (random.nextInt(5) == 0) {
        candidate = (base + "_long_name_" + "x".repeat(60)).substring(0, 48) + "_" + counter;
      }
      if (tableKeys.add(fold(candidate))) {
        return candidate;
      }
    }
  }

  private String columnName(Table table, String base) {
    var names = new HashSet<String>();
    table.columns().forEach(c -> names.add(fold(c.name())));
    var candidate = base;
    for (int n = 2; names.contains(fold(candidate)); n++) {
      candidate = base + " " + n;
    }
    return candidate;
  }

  private String unique(Set<String> names, String base) {
    var candidate = base;
    for (int n = 2; !names.add(fold(candidate)); n++) {
      candidate = base + " " + n;
    }
    return candidate;
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replace("ß", "s")
        .toLowerCase(Locale.ROOT);
  }
}
