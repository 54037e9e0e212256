package io.dbkeep.schematests;

import org.junit.jupiter.api.Test;

/** Seeds on which a property once failed, replayed on every build. */
class PropertyRegressionsTest {

  /**
   * An N:M relation to a table whose {@code columns} had the wrong JSON type: the validator planned
   * the junction table from a primary key it had never checked, and crashed.
   */
  @Test
  void wrongJsonTypeInATableJoinedManyToManyIsReportedNotACrash() {
    new SchemaProperties().wrongJsonTypesAreReportedAtTheirPath(865L);
    new SchemaProperties().wrongJsonTypesAreReportedAtTheirPath(3208L);
  }

  /**
   * A boolean key and the boolean column referencing it, both INTEGER in SQLite's DDL, with a check
   * using the referencing column as a condition: the import made that column BOOLEAN and left its
   * key INTEGER, so the imported document was invalid (INCOMPATIBLE_TYPES).
   */
  @Test
  void aBooleanToldByACheckCrossesTheForeignKey() {
    new CheckProperties().importingTheExportKeepsEveryCheckOnEveryEngine(-9111L);
  }
}
