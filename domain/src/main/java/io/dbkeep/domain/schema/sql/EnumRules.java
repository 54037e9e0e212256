package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import java.util.HashSet;

/**
 * Enums: ids, names (an engine that makes enums types also checks them against its own names),
 * values (blank, NUL, what the engine refuses, repeats as the engine compares them).
 */
final class EnumRules {

  private final ValidationRun run;

  EnumRules(ValidationRun run) {
    this.run = run;
  }

  void checkEnums() {
    var ids = new HashSet<String>();
    var names = new HashSet<String>();
    for (int i = 0; i < run.document.enums().size(); i++) {
      var type = run.document.enums().get(i);
      var path = "enums[" + i + "]";
      run.checkId(type.id(), ids, path, "enum");
      run.dialect
          .enumNameProblem(type.name())
          .forEach(
              problem ->
                  run.error(
                      path + ".name",
                      "INVALID_NAME",
                      "on "
                          + run.engine.displayName()
                          + " the enum name "
                          + quoted(type.name())
                          + " "
                          + problem));
      if (run.checkName(type.name(), path + ".name", "enum", run.dialect.enumsAreTypes())) {
        if (!names.add(run.dialect.fold(type.name()))) {
          run.error(
              path + ".name",
              "DUPLICATE_NAME",
              "another enum is also named " + quoted(type.name()));
        }
      }
      run.enumNames.add(run.dialect.fold(type.name()));
      if (type.values().isEmpty()) {
        run.error(path + ".values", "EMPTY_ENUM", "an enum needs at least one value");
      }
      var seen = new HashSet<String>();
      for (int v = 0; v < type.values().size(); v++) {
        var value = type.values().get(v);
        var valuePath = path + ".values[" + v + "]";
        if (value.strip().isEmpty()) {
          run.error(valuePath, "INVALID_ENUM_VALUE", "enum values must not be blank");
        } else if (Dialect.hasNul(value)) {
          run.error(
              valuePath, "INVALID_ENUM_VALUE", "enum values must not contain the NUL character");
        } else {
          run.dialect
              .enumValueProblem(value)
              .forEach(problem -> run.error(valuePath, "INVALID_ENUM_VALUE", problem));
        }
        var key = run.dialect.enumValueKey(value);
        if (!seen.add(key)) {
          run.error(
              valuePath,
              "DUPLICATE_ENUM_VALUE",
              quoted(value) + " repeats a value of this enum" + run.dialect.comparisonNote("them"));
        }
      }
    }
  }
}
