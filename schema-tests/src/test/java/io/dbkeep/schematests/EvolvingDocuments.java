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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Pairs of documents for migration tests: a random document A whose rows are easy to write (one
 * integer key per table, nullable foreign keys to it), and B made from A by a few random mutations
 * of every kind the migration handles (renames, added and dropped tables and columns, widened and
 * narrowed types, nullability, defaults, uniques, keys, indexes, relations incl. N:M, enum values
 * added, renamed and removed, comments). Names are reserved words, unicode, blanks and quotes. One
 * seed drives everything.
 */
final class EvolvingDocuments {

  private static final List<String> WORDS =
      List.of(
          "order",
          "user",
          "select",
          "naïve café",
          "Ωmega",
          "MixedCase",
          "with space",
          "quote\"d",
          "it's",
          "größe",
          "名前",
          "group");

  private final Random random;
  private int counter;

  EvolvingDocuments(long seed) {
    this.random = new Random(seed);
  }

  private String fresh(String base) {
    return WORDS.get(random.nextInt(WORDS.size())) + " " + base + " " + (counter++);
  }

  // ---------------------------------------------------------------------------- documents

  SchemaDocument document() {
    var enums = new ArrayList<EnumType>();
    for (int e = 0, n = 1 + random.nextInt(2); e < n; e++) {
      var values = new ArrayList<String>();
      for (int v = 0, m = 2 + random.nextInt(3); v < m; v++) {
        values.add(v % 2 == 0 ? "v" + v : "välue " + v);
      }
      enums.add(EnumType.of("e" + e, fresh("enum"), values));
    }
    var tables = new ArrayList<Table>();
    for (int t = 0, n = 2 + random.nextInt(3); t < n; t++) {
      tables.add(table("t" + t, enums));
    }
    var document = SchemaDocument.of(tables, List.of()).withEnums(enums);
    for (int r = 0, n = random.nextInt(3); r < n; r++) {
      document = addForeignKey(document);
    }
    if (random.nextInt(3) == 0) {
      document = addManyToMany(document);
    }
    return document;
  }

  private Table table(String id, List<EnumType> enums) {
    var key =
        Column.builder(
                id + "k",
                fresh("id"),
                random.nextBoolean() ? ColumnType.INTEGER : ColumnType.SERIAL)
            .primaryKey()
            .build();
    var columns = new ArrayList<Column>();
    columns.add(key);
    for (int c = 0, n = 1 + random.nextInt(4); c < n; c++) {
      columns.add(dataColumn(id + "c" + (counter++), enums));
    }
    var table = Table.of(id, fresh("table"), columns);
    if (random.nextInt(3) == 0) {
      table = table.withComment("about " + table.name() + " it's");
    }
    if (random.nextInt(3) == 0) {
      table =
          table.withIndexes(
              List.of(Index.of(id + "i" + (counter++), List.of(columns.get(1).id()), false)));
    }
    return table;
  }

  private Column dataColumn(String id, List<EnumType> enums) {
    var types =
        List.of(
            ColumnType.VARCHAR,
            ColumnType.TEXT,
            ColumnType.INTEGER,
            ColumnType.BIGINT,
            ColumnType.BOOLEAN,
            ColumnType.NUMERIC,
            ColumnType.DATE,
            ColumnType.ENUM);
    var type = types.get(random.nextInt(types.size()));
    var builder = Column.builder(id, fresh("col"), type);
    switch (type) {
      case VARCHAR -> builder.length(8 + random.nextInt(40));
      case NUMERIC -> builder.precision(8 + random.nextInt(4), 2);
      case ENUM -> builder.enumId(enums.get(random.nextInt(enums.size())).id());
      default -> {}
    }
    if (random.nextInt(3) == 0) {
      builder.notNull();
    }
    if (random.nextInt(3) == 0 || type == ColumnType.TEXT && !builder.build().nullable()) {
      defaultFor(builder.build(), enums).forEach(builder::defaultValue);
    }
    if (random.nextInt(5) == 0 && uniqueable(type)) {
      builder.unique();
    }
    if (random.nextInt(4) == 0) {
      builder.comment("the " + type.wireName() + " it's");
    }
    return builder.build();
  }

  /** Types whose test rows hold distinct values, so a unique constraint fits them. */
  private static boolean uniqueable(ColumnType type) {
    return type != ColumnType.TEXT && type != ColumnType.BOOLEAN && type != ColumnType.ENUM;
  }

  private Option<String> defaultFor(Column column, List<EnumType> enums) {
    return switch (column.type()) {
      case INTEGER, BIGINT -> Option.of(String.valueOf(random.nextInt(100)));
      case BOOLEAN -> Option.of("false");
      case VARCHAR, TEXT -> Option.of("'it''s'");
      case NUMERIC -> Option.of("0");
      case DATE -> Option.of("'2024-02-29'");
      case ENUM ->
          Option.of(
              "'"
                  + enums.stream()
                      .filter(e -> e.id().equals(column.enumId().get()))
                      .findFirst()
                      .get()
                      .values()
                      .get(0)
                  + "'");
      default -> Option.none();
    };
  }

  private SchemaDocument addForeignKey(SchemaDocument document) {
    var tables = document.tables();
    var source = tables.get(random.nextInt(tables.size()));
    var target = tables.get(random.nextInt(tables.size()));
    var column =
        Column.builder(source.id() + "f" + (counter++), fresh("ref"), ColumnType.INTEGER).build();
    var relation =
        Relation.of(
                "r" + (counter++),
                random.nextInt(4) == 0 ? RelationType.ONE_TO_ONE : RelationType.ONE_TO_MANY,
                source.id(),
                column.id(),
                target.id(),
                target.primaryKey().get(0).id())
            .withActions(
                Option.of(
                    random.nextBoolean() ? ReferentialAction.CASCADE : ReferentialAction.SET_NULL),
                Option.none());
    var columns = new ArrayList<>(source.columns());
    columns.add(column);
    return replace(document, source.withColumns(columns))
        .withRelations(append(document.relations(), relation));
  }

  private SchemaDocument addManyToMany(SchemaDocument document) {
    var tables = document.tables();
    var source = tables.get(random.nextInt(tables.size()));
    var target = tables.get(random.nextInt(tables.size()));
    if (source.id().equals(target.id())) {
      return document;
    }
    var relation =
        Relation.of(
                "r" + (counter++),
                RelationType.MANY_TO_MANY,
                source.id(),
                source.primaryKey().get(0).id(),
                target.id(),
                target.primaryKey().get(0).id())
            .withName(fresh("junction"));
    return document.withRelations(append(document.relations(), relation));
  }

  // ---------------------------------------------------------------------------- mutations

  /** B: A after one to four random mutations. */
  SchemaDocument mutate(SchemaDocument document) {
    for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
      document = mutation().apply(document);
    }
    return document;
  }

  private UnaryOperator<SchemaDocument> mutation() {
    List<UnaryOperator<SchemaDocument>> all =
        List.of(
            d -> onTable(d, t -> t.withName(fresh("renamed"))),
            d -> onColumn(d, c -> c.toBuilder().name(fresh("renamed")).build()),
            d ->
                onTable(
                    d,
                    t ->
                        t.withColumns(
                            append(
                                t.columns(),
                                addable(dataColumn(t.id() + "n" + (counter++), d.enums()))))),
            d -> dropColumn(d),
            d ->
                onColumn(
                    d,
                    c ->
                        c.type() == ColumnType.VARCHAR
                            ? c.toBuilder().length(c.length().get() + 10).build()
                            : c),
            d ->
                onColumn(
                    d, c -> c.type() == ColumnType.VARCHAR ? c.toBuilder().length(6).build() : c),
            d ->
                onColumn(
                    d,
                    c ->
                        c.type() == ColumnType.INTEGER && !c.primaryKey()
                            ? c.toBuilder().type(ColumnType.BIGINT).build()
                            : c),
            d ->
                onColumn(
                    d,
                    c ->
                        c.type() == ColumnType.NUMERIC
                            ? c.toBuilder().precision(14, 3).build()
                            : c),
            d ->
                onColumn(
                    d, c -> !c.primaryKey() ? c.toBuilder().nullable(!c.nullable()).build() : c),
            d ->
                onColumn(
                    d,
                    c -> !c.primaryKey() && c.type() != ColumnType.SERIAL ? withDefault(c, d) : c),
            d ->
                onColumn(
                    d,
                    c ->
                        !c.primaryKey() && uniqueable(c.type())
                            ? c.toBuilder().unique(!c.unique()).build()
                            : c),
            d -> onColumn(d, c -> c.toBuilder().comment("now " + c.name()).build()),
            d -> onTable(d, t -> t.withComment("changed it's")),
            d ->
                onTable(
                    d,
                    t ->
                        t.withIndexes(
                            t.indexes().isEmpty()
                                ? List.of(
                                    Index.of(
                                        t.id() + "x" + (counter++),
                                        List.of(t.columns().get(t.columns().size() - 1).id()),
                                        random.nextBoolean()))
                                : List.of())),
            d -> addTable(d),
            d -> dropTable(d),
            d -> addForeignKey(d),
            d -> dropRelation(d),
            d -> addManyToMany(d),
            d ->
                onRelation(
                    d,
                    r ->
                        r.withActions(
                            Option.of(ReferentialAction.CASCADE),
                            Option.of(ReferentialAction.CASCADE))),
            d ->
                onEnum(
                    d,
                    e -> EnumType.of(e.id(), e.name(), append(e.values(), "new " + (counter++)))),
            d ->
                onEnum(
                    d,
                    e ->
                        EnumType.of(
                            e.id(), e.name(), insertFirst(e.values(), "first " + (counter++)))),
            d ->
                onEnum(
                    d,
                    e ->
                        EnumType.of(
                            e.id(), e.name(), renameFirst(e.values(), "renamed " + (counter++)))),
            d ->
                onEnum(
                    d,
                    e ->
                        e.values().size() > 2
                            ? EnumType.of(
                                e.id(), e.name(), e.values().subList(0, e.values().size() - 1))
                            : e),
            d -> onEnum(d, e -> EnumType.of(e.id(), fresh("enum"), e.values())),
            d ->
                onColumn(
                    d,
                    c ->
                        c.type() == ColumnType.INTEGER && c.primaryKey() && !referenced(d, c)
                            ? c.toBuilder().type(ColumnType.SERIAL).build()
                            : c),
            d ->
                onColumn(
                    d,
                    c ->
                        c.type() == ColumnType.VARCHAR
                            ? c.toBuilder().type(ColumnType.TEXT).build()
                            : c));
    return all.get(random.nextInt(all.size()));
  }

  /**
   * A column that can be added to a table with rows: nullable unless it has a default, and not
   * unique (every row would get the same default).
   */
  private static Column addable(Column column) {
    var builder = column.toBuilder().unique(false);
    return column.nullable() || column.defaultValue().isDefined()
        ? builder.build()
        : builder.nullable(true).build();
  }

  private static boolean referenced(SchemaDocument document, Column column) {
    return document.relations().stream()
        .anyMatch(
            r ->
                r.targetColumnIds().contains(column.id())
                    || r.sourceColumnIds().contains(column.id()));
  }

  private Column withDefault(Column column, SchemaDocument document) {
    var value = defaultFor(column, document.enums());
    if (column.defaultValue().isDefined() || value.isEmpty()) {
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
    return column.toBuilder().defaultValue(value.get()).build();
  }

  private SchemaDocument onTable(SchemaDocument document, UnaryOperator<Table> change) {
    var table = document.tables().get(random.nextInt(document.tables().size()));
    return replace(document, change.apply(table));
  }

  private SchemaDocument onColumn(SchemaDocument document, UnaryOperator<Column> change) {
    var table = document.tables().get(random.nextInt(document.tables().size()));
    var index = random.nextInt(table.columns().size());
    var columns = new ArrayList<>(table.columns());
    columns.set(index, change.apply(columns.get(index)));
    return replace(document, table.withColumns(columns));
  }

  private SchemaDocument onRelation(SchemaDocument document, UnaryOperator<Relation> change) {
    if (document.relations().isEmpty()) {
      return document;
    }
    var relations = new ArrayList<>(document.relations());
    var index = random.nextInt(relations.size());
    relations.set(index, change.apply(relations.get(index)));
    return document.withRelations(relations);
  }

  private SchemaDocument onEnum(SchemaDocument document, UnaryOperator<EnumType> change) {
    var enums = new ArrayList<>(document.enums());
    var index = random.nextInt(enums.size());
    enums.set(index, change.apply(enums.get(index)));
    return document.withEnums(enums);
  }

  private SchemaDocument dropColumn(SchemaDocument document) {
    var table = document.tables().get(random.nextInt(document.tables().size()));
    var candidates =
        table.columns().stream()
            .filter(c -> !c.primaryKey() && !referenced(document, c))
            .filter(c -> table.indexes().stream().noneMatch(i -> i.columnIds().contains(c.id())))
            .toList();
    if (candidates.isEmpty() || table.columns().size() < 3) {
      return document;
    }
    var gone = candidates.get(random.nextInt(candidates.size()));
    return replace(
        document, table.withColumns(table.columns().stream().filter(c -> c != gone).toList()));
  }

  private SchemaDocument addTable(SchemaDocument document) {
    return document.withTables(
        append(document.tables(), table("t" + (counter++), document.enums())));
  }

  private SchemaDocument dropTable(SchemaDocument document) {
    if (document.tables().size() < 2) {
      return document;
    }
    var gone = document.tables().get(random.nextInt(document.tables().size()));
    var relations =
        document.relations().stream()
            .filter(
                r -> !r.sourceTableId().equals(gone.id()) && !r.targetTableId().equals(gone.id()))
            .toList();
    var sources = new java.util.HashSet<String>();
    document.relations().stream()
        .filter(r -> r.targetTableId().equals(gone.id()) && r.type() != RelationType.MANY_TO_MANY)
        .forEach(r -> sources.addAll(r.sourceColumnIds()));
    var tables = new ArrayList<Table>();
    for (var table : document.tables()) {
      if (table != gone) {
        tables.add(
            table.withColumns(
                table.columns().stream().filter(c -> !sources.contains(c.id())).toList()));
      }
    }
    return document.withTables(tables).withRelations(relations);
  }

  private SchemaDocument dropRelation(SchemaDocument document) {
    if (document.relations().isEmpty()) {
      return document;
    }
    var relations = new ArrayList<>(document.relations());
    relations.remove(random.nextInt(relations.size()));
    return document.withRelations(relations);
  }

  private static SchemaDocument replace(SchemaDocument document, Table table) {
    var tables = new ArrayList<Table>();
    for (var existing : document.tables()) {
      tables.add(existing.id().equals(table.id()) ? table : existing);
    }
    return document.withTables(tables);
  }

  private static <T> List<T> append(List<T> list, T item) {
    var result = new ArrayList<>(list);
    result.add(item);
    return result;
  }

  private static List<String> insertFirst(List<String> list, String item) {
    var result = new ArrayList<String>();
    result.add(item);
    result.addAll(list);
    return result;
  }

  private static List<String> renameFirst(List<String> list, String item) {
    var result = new ArrayList<>(list);
    result.set(0, item);
    return result;
  }
}
