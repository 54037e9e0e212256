package io.dbkeep.adapter.out.dbml;

import io.dbkeep.adapter.out.dbml.DbmlModel.Endpoint;
import io.dbkeep.adapter.out.dbml.DbmlModel.Ref;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DBML references to document relations. {@code a > b} and {@code b < a}: a references b (1:N);
 * {@code a - b}: one to one, a referencing; {@code a <> b}: many to many. A composite reference
 * {@code a.(x, y) > b.(u, v)} becomes one relation with all its column pairs in order; an N:M one
 * keeps its first pair with a warning (an N:M relation joins whole primary keys).
 */
final class DbmlRefs {

  private final DbmlResolver resolver;
  private final List<Relation> relations = new ArrayList<>();

  DbmlRefs(DbmlResolver resolver) {
    this.resolver = resolver;
  }

  /** Top-level refs and the inline {@code ref:} settings of columns, in text order by line. */
  List<Relation> resolve(List<Ref> topLevel, List<DbmlModel.Table> parsedTables) {
    var all = new ArrayList<Ref>();
    var lines = new ArrayList<Integer>();
    for (var table : parsedTables) {
      for (var column : table.columns()) {
        for (var setting : column.settings()) {
          if (setting.ref() != null) {
            var self = new Endpoint(table.name(), List.of(column.name()), setting.line(), 1);
            var inline = setting.ref();
            all.add(new Ref(null, self, inline.operator(), inline.right(), List.of()));
            lines.add(setting.line());
          }
        }
      }
    }
    for (var ref : topLevel) {
      all.add(ref);
      lines.add(ref.left().line());
    }
    var order = new ArrayList<Integer>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(lines.get(a), lines.get(b)));
    for (int i : order) {
      relation(all.get(i));
    }
    return relations;
  }

  private void relation(Ref ref) {
    var line = ref.left().line();
    var left = table(ref.left());
    var right = table(ref.right());
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    var leftColumns = columns(left.get(), ref.left());
    var rightColumns = columns(right.get(), ref.right());
    if (leftColumns.isEmpty() || rightColumns.isEmpty()) {
      return;
    }
    if (leftColumns.get().size() != rightColumns.get().size()) {
      resolver.warn(
          line,
          "REF_UNRESOLVED",
          "the reference pairs "
              + leftColumns.get().size()
              + " columns with "
              + rightColumns.get().size()
              + "; it is not kept");
      return;
    }
    if (leftColumns.get().size() > 1 && ref.operator().equals("<>")) {
      resolver.warn(
          line,
          "COMPOSITE_N_M_REF",
          "an N:M relation joins both tables' whole primary keys; its first column pair is kept");
    }
    Option<ReferentialAction> onDelete = Option.none();
    Option<ReferentialAction> onUpdate = Option.none();
    for (var setting : ref.settings()) {
      switch (setting.key()) {
        case "delete" -> onDelete = action(setting);
        case "update" -> onUpdate = action(setting);
        default -> resolver.ignored(setting, "REF_SETTING_IGNORED", "a reference");
      }
    }
    boolean reversed = ref.operator().equals("<");
    var type =
        switch (ref.operator()) {
          case "-" -> RelationType.ONE_TO_ONE;
          case "<>" -> RelationType.MANY_TO_MANY;
          default -> RelationType.ONE_TO_MANY;
        };
    var source = reversed ? right.get() : left.get();
    var target = reversed ? left.get() : right.get();
    var sourceColumns = reversed ? rightColumns.get() : leftColumns.get();
    var targetColumns = reversed ? leftColumns.get() : rightColumns.get();
    var additional = new ArrayList<ColumnPair>();
    if (type != RelationType.MANY_TO_MANY) {
      for (int i = 1; i < sourceColumns.size(); i++) {
        additional.add(ColumnPair.of(sourceColumns.get(i).id(), targetColumns.get(i).id()));
      }
    }
    relations.add(
        new Relation(
            "r" + (relations.size() + 1),
            Option.of(ref.name()),
            source.id(),
            sourceColumns.get(0).id(),
            target.id(),
            targetColumns.get(0).id(),
            additional,
            type,
            onDelete,
            onUpdate,
            Option.none(),
            Option.none(),
            JsonObject.empty()));
  }

  private Option<ReferentialAction> action(DbmlModel.Setting setting) {
    var action = ReferentialAction.parse(setting.valueText());
    if (action.isEmpty()) {
      resolver.warn(
          setting.line(),
          "ACTION_UNSUPPORTED",
          "the referential action '" + setting.valueText() + "' is not kept");
    }
    return action;
  }

  private Option<Table> table(Endpoint endpoint) {
    var name = endpoint.table();
    var index = resolver.tableIndex.get(DbmlResolver.key(name));
    if (index == null && name.schema() == null) {
      index = resolver.tableIndex.get("alias:" + name.name().toLowerCase(Locale.ROOT));
    }
    if (index == null) {
      resolver.warn(
          endpoint.line(),
          "REF_UNRESOLVED",
          "the reference names table " + name.display() + ", which is not defined; it is not kept");
      return Option.none();
    }
    return Option.of(resolver.tables.get(index));
  }

  private Option<List<Column>> columns(Table table, Endpoint endpoint) {
    var found = new ArrayList<Column>();
    for (var name : endpoint.columns()) {
      var column = table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
      if (column.isEmpty()) {
        resolver.warn(
            endpoint.line(),
            "REF_UNRESOLVED",
            "the reference names column "
                + table.name()
                + "."
                + name
                + ", which is not defined; it is not kept");
        return Option.none();
      }
      found.add(column.get());
    }
    return Option.of(found);
  }
}
