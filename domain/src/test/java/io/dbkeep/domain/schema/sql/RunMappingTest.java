package io.dbkeep.domain.schema.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.vavr.control.Option;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidationRun#map} gives what the engine's {@link Dialect#map} gives for every column,
 * although it hands the previous column's mapping back when the type, parameters and enum repeat:
 * columns of every type, with parameters that differ in one place at a time, in random order.
 */
class RunMappingTest {

  private static final List<EnumType> ENUMS =
      List.of(
          EnumType.of("e1", "mood", List.of("ok", "sad")),
          EnumType.of("e2", "mood_two", List.of("ok", "sad", "it's")));

  @Test
  void aRunMapsEachColumnAsItsEngineDoes() {
    var random = new Random(7);
    for (var engine : Engine.values()) {
      var dialect = Dialect.of(engine);
      var run = new ValidationRun(SchemaDocument.empty(), dialect, Set.of());
      for (int i = 0; i < 20_000; i++) {
        var types = ColumnType.values();
        var builder = Column.builder("c" + i, "c", types[random.nextInt(types.length)]);
        if (random.nextBoolean()) {
          builder.length(1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
          builder.precision(1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
          builder.precision(2 + random.nextInt(2), random.nextInt(2));
        }
        if (random.nextBoolean()) {
          builder.dimension(1 + random.nextInt(3));
        }
        var column = builder.build();
        var enumType =
            random.nextInt(3) == 0
                ? Option.<EnumType>none()
                : Option.of(ENUMS.get(random.nextInt(2)));

        assertThat(run.map(column, enumType))
            .as("%s on %s", column, engine)
            .isEqualTo(dialect.map(column, enumType));
      }
    }
  }
}
