package io.dbkeep.domain.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Decoded;
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
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A save's validation ({@link SchemaValidator#validate}) reports exactly what the export's
 * validation ({@link DdlExporter}, which resolves the whole plan: every constraint name, type and
 * default) reports: the same problems, codes, paths, messages and order, on random documents made
 * to reach the plan's rules (junction tables that clash with tables, indexes, checks, each other or
 * a reserved prefix; junction keys too wide or too long; MySQL rows too large and too many indexes;
 * several of those at once, so their order counts). Validation may compute less than the plan,
 * never report differently.
 */
class ValidationMatchesExportTest {

  private static final int DOCUMENTS = 1500;

  /** Problems only the plan shows, at the path of a planned table. */
  private static final Pattern PLANNED_TABLE =
      Pattern.compile("(tables|relations)\\[\\d+](\\.name)?");

  @Test
  void aSavesValidationReportsWhatTheExportsValidationReports() {
    var planProblems = new TreeMap<String, Integer>();
    var severalPlanProblems = 0;
    for (long seed = 0; seed < DOCUMENTS; seed++) {
      var document = new Documents(seed).document();
      for (var engine : Engine.values()) {
        var expected =
            DdlExporter.export(document, engine)
                .fold(ValidationReport::problems, export -> export.warnings());
        var actual = SchemaValidator.validate(document, engine).problems();
        assertThat(actual).as("seed %d on %s", seed, engine).isEqualTo(expected);
        assertThat(SchemaValidator.validate(new Decoded<>(document, List.of()), engine).problems())
            .as("seed %d on %s, as read", seed, engine)
            .isEqualTo(expected);
        var planned = 0;
        for (var problem : actual) {
          if (PLANNED_TABLE.matcher(problem.path()).matches()
              && !problem.code().equals("NO_PRIMARY_KEY")
              && !problem.code().equals("FK_WITHOUT_INDEX")
              && !problem.code().equals("BLANK_NAME")) {
            planProblems.merge(engine + " " + problem.code(), 1, Integer::sum);
            planned++;
          }
        }
        severalPlanProblems += planned > 1 ? 1 : 0;
      }
    }
    // the documents reach every rule of the plan, and often several at once
    assertThat(planProblems)
        .containsKeys(
            "POSTGRESQL N_M_JUNCTION_EXISTS",
            "POSTGRESQL DUPLICATE_JUNCTION",
            "POSTGRESQL DUPLICATE_NAME",
            "POSTGRESQL TOO_MANY_KEY_COLUMNS",
            "MYSQL N_M_JUNCTION_EXISTS",
            "MYSQL DUPLICATE_JUNCTION",
            "MYSQL TOO_MANY_KEY_COLUMNS",
            "MYSQL KEY_TOO_LONG",
            "MYSQL ROW_TOO_LARGE",
            "MYSQL TOO_MANY_INDEXES",
            "SQLITE N_M_JUNCTION_EXISTS",
            "SQLITE DUPLICATE_JUNCTION",
            "SQLITE INVALID_NAME");
    assertThat(severalPlanProblems).as("documents with several plan problems").isGreaterThan(20);
  }

  @Test
  void theGeneratedDocumentsAreOftenValid() {
    var valid = new TreeMap<Engine, Integer>();
    for (long seed = 0; seed < 300; seed++) {
      var document = new Documents(seed).document();
      for (var engine : Engine.values()) {
        if (SchemaValidator.validate(document, engine).isValid()) {
          valid.merge(engine, 1, Integer::sum);
        }
      }
    }
    assertThat(valid.values()).hasSize(3).allMatch(count -> count > 30);
  }

  /** Random documents from one seed, built to reach the plan's rules. */
  private static final class Documents {

    private static final List<String> TABLE_NAMES =
        List.of(
            "a", "b", "c", "A", "a_b", "b_c", "a_a", "sqlite_t", "Item", "item_tag", "tag", "x");
    private static final List<String> OTHER_NAMES =
        List.of("a_b", "a_c", "b_a", "tag", "ix_one", "sqlite_j", "item_tag", "j", "J", "Tag");
    private static final List<ColumnType> TYPES =
        List.of(
            ColumnType.INTEGER,
            ColumnType.BIGINT,
            ColumnType.VARCHAR,
            ColumnType.VARCHAR,
            ColumnType.CHAR,
            ColumnType.DECIMAL,
            ColumnType.TEXT,
            ColumnType.BOOLEAN,
            ColumnType.DATE,
            ColumnType.UUID,
            ColumnType.JSON,
            ColumnType.ENUM);

    private final Random random;
    private final List<EnumType> enums = new ArrayList<>();
    private final List<String> tableIds = new ArrayList<>();
    private final List<String> tableNames = new ArrayList<>();
    private final List<List<Column>> columns = new ArrayList<>();
    private final List<List<Index>> indexes = new ArrayList<>();
    private final List<List<Check>> checks = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private int counter;

    Documents(long seed) {
      random = new Random(seed);
    }

    SchemaDocument document() {
      if (random.nextInt(4) == 0) {
        enums.add(EnumType.of("e0", pick(OTHER_NAMES), List.of("one", "two")));
      }
      var names = new ArrayList<>(TABLE_NAMES);
      java.util.Collections.shuffle(names, random);
      var tableCount = 1 + random.nextInt(random.nextInt(8) == 0 ? 10 : 5);
      for (int t = 0; t < tableCount; t++) {
        tableIds.add("t" + t);
        tableNames.add(names.get(t));
        columns.add(new ArrayList<>());
        indexes.add(new ArrayList<>());
        checks.add(new ArrayList<>());
        table(t);
      }
      for (int r = 0, count = random.nextInt(8); r < count; r++) {
        relation();
      }
      var tables = new ArrayList<Table>();
      for (int t = 0; t < tableCount; t++) {
        tables.add(
            new Table(
                tableIds.get(t),
                tableNames.get(t),
                Option.none(),
                Option.none(),
                Option.none(),
                columns.get(t),
                indexes.get(t),
                checks.get(t),
                Option.none(),
                JsonObject.empty()));
      }
      return new SchemaDocument(
          SchemaDocument.CURRENT_FORMAT_VERSION,
          tables,
          relations,
          List.of(),
          List.of(),
          enums,
          JsonObject.empty());
    }

    private void table(int t) {
      var own = columns.get(t);
      var keySize =
          switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> 2 + random.nextInt(3);
            case 2 -> 12 + random.nextInt(9);
            default -> 1;
          };
      var wideKey = random.nextInt(6) == 0;
      for (int k = 0; k < keySize; k++) {
        var type = keySize == 1 && random.nextBoolean() ? ColumnType.SERIAL : ColumnType.INTEGER;
        var builder = Column.builder(id(), "k" + k, type).primaryKey();
        if (wideKey) {
          builder.type(ColumnType.VARCHAR).length(k < 3 ? 255 : 10);
        }
        own.add(builder.build());
      }
      var plain = random.nextInt(10) == 0 ? 20 + random.nextInt(60) : random.nextInt(5);
      for (int c = 0; c < plain; c++) {
        own.add(column("col" + c, random.nextInt(8) == 0));
      }
      if (own.isEmpty()) {
        own.add(column("only", false));
      }
      // around MySQL's 64 indexes, so the indexes foreign keys add decide
      var keys = (keySize > 0 ? 1 : 0) + (int) own.stream().filter(Column::unique).count();
      var indexCount = random.nextInt(10) == 0 ? 62 + random.nextInt(4) - keys : random.nextInt(3);
      var indexable = own.stream().filter(Documents::indexable).toList();
      for (int i = 0; i < indexCount && !indexable.isEmpty(); i++) {
        var column = indexable.get(random.nextInt(indexable.size()));
        var index = Index.of(id(), List.of(column.id()), random.nextInt(5) == 0);
        if (indexCount < 10 && random.nextInt(6) == 0) {
          index = index.withName(pick(OTHER_NAMES) + (random.nextBoolean() ? "" : "_" + i));
        }
        indexes.get(t).add(index);
      }
      if (random.nextInt(8) == 0) {
        var name = pick(OTHER_NAMES);
        checks.get(t).add(new Check(id(), Option.of(name), "1 = 1", JsonObject.empty()));
      }
    }

    private Column column(String name, boolean wide) {
      var type = pick(TYPES);
      if (type == ColumnType.ENUM && enums.isEmpty()) {
        type = ColumnType.INTEGER;
      }
      var builder = Column.builder(id(), name, type).nullable(random.nextBoolean());
      switch (type) {
        case VARCHAR ->
            builder.length(wide ? 2000 + random.nextInt(14000) : 1 + random.nextInt(300));
        case CHAR -> builder.length(1 + random.nextInt(wide ? 255 : 20));
        case DECIMAL -> builder.precision(1 + random.nextInt(30), 0);
        case ENUM -> builder.enumId("e0");
        default -> {}
      }
      var column = builder.build();
      return random.nextInt(7) == 0 && !wide && indexable(column)
          ? column.toBuilder().unique().build()
          : column;
    }

    private static boolean indexable(Column column) {
      return column.type() != ColumnType.TEXT
          && column.type() != ColumnType.JSON
          && !(column.type() == ColumnType.VARCHAR && column.length().getOrElse(0) > 700);
    }

    private void relation() {
      var source = random.nextInt(tableIds.size());
      var target = random.nextInt(tableIds.size());
      var id = "r" + relations.size();
      var kind = random.nextInt(10);
      if (kind < 4) {
        var relation =
            Relation.of(
                id,
                RelationType.MANY_TO_MANY,
                tableIds.get(source),
                columns.get(source).get(0).id(),
                tableIds.get(target),
                columns.get(target).get(0).id());
        if (random.nextInt(3) > 0) {
          var name = random.nextBoolean() ? pick(OTHER_NAMES) : pick(TABLE_NAMES);
          relation = relation.withName(name);
        }
        relations.add(relation);
        return;
      }
      // a foreign key to the target's primary key (or a unique column), from new columns
      var key = new ArrayList<Column>();
      for (var column : columns.get(target)) {
        if (column.primaryKey()) {
          key.add(column);
        }
      }
      if (key.isEmpty()) {
        for (var column : columns.get(target)) {
          if (column.unique() && !column.primaryKey()) {
            key.add(column);
            break;
          }
        }
      }
      if (key.isEmpty() || key.size() > 4) {
        return;
      }
      if (random.nextBoolean()) {
        java.util.Collections.reverse(key);
      }
      var type = random.nextInt(3) == 0 ? RelationType.ONE_TO_ONE : RelationType.ONE_TO_MANY;
      var pairs = new ArrayList<ColumnPair>();
      if (key.size() == 1 && source != target && random.nextBoolean()) {
        // an existing column as the foreign key (a shared primary key, a unique column): it may
        // lead a key already
        for (var column : columns.get(source)) {
          if (RelationRules.compatible(column, key.get(0)) && indexable(column)) {
            pairs.add(ColumnPair.of(column.id(), key.get(0).id()));
            break;
          }
        }
      }
      for (var referenced : pairs.isEmpty() ? key : List.<Column>of()) {
        var copy =
            referenced.toBuilder()
                .id(id())
                .name("fk" + counter + "_" + referenced.name())
                .type(
                    referenced.type() == ColumnType.SERIAL ? ColumnType.INTEGER : referenced.type())
                .primaryKey(false)
                .unique(false)
                .nullable(random.nextBoolean())
                .build();
        columns.get(source).add(copy);
        pairs.add(ColumnPair.of(copy.id(), referenced.id()));
      }
      if (random.nextInt(3) == 0) {
        indexes.get(source).add(Index.of(id(), List.of(pairs.get(0).sourceColumnId()), false));
      }
      var relation =
          Relation.of(
                  id,
                  type,
                  tableIds.get(source),
                  pairs.get(0).sourceColumnId(),
                  tableIds.get(target),
                  pairs.get(0).targetColumnId())
              .withAdditionalColumns(pairs.subList(1, pairs.size()));
      if (random.nextInt(4) == 0) {
        relation =
            relation.withActions(
                Option.of(ReferentialAction.CASCADE), Option.of(ReferentialAction.NO_ACTION));
      }
      relations.add(relation);
    }

    private String id() {
      return "i" + counter++;
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }
}
