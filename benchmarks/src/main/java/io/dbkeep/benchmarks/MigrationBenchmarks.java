package io.dbkeep.benchmarks;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.Migration;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diff + migration SQL (both documents validated and planned, as {@link MigrationPlanner} always
 * does) between a generated 10,000-table document and a copy with 10 % of its tables changed: a
 * quarter renamed, a quarter with a column renamed, a quarter with a column added, a quarter with a
 * VARCHAR widened.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MigrationBenchmarks {

  @Param({"10000"})
  public int tables;

  @Param({"POSTGRESQL", "MYSQL", "SQLITE"})
  public Engine engine;

  private SchemaDocument before;
  private SchemaDocument after;

  @Setup(Level.Trial)
  public void generate() {
    before = GeneratedDocuments.generate(tables);
    after = changed(before);
    var migration = migrate();
    if (migration.changes().size() < tables / 10) {
      throw new IllegalStateException("expected 10 % changes, got " + migration.changes().size());
    }
  }

  /** 10 % of the tables changed, one change each. */
  static SchemaDocument changed(SchemaDocument document) {
    var tables = new ArrayList<Table>(document.tables());
    for (int t = 0; t < tables.size(); t += 10) {
      var table = tables.get(t);
      var columns = new ArrayList<>(table.columns());
      switch ((t / 10) % 4) {
        case 0 -> table = table.withName(table.name() + "_renamed");
        case 1 -> {
          var name = columns.get(1);
          columns.set(1, name.toBuilder().name("title").build());
          table = table.withColumns(columns);
        }
        case 2 -> {
          columns.add(Column.builder("added", "added", ColumnType.INTEGER).build());
          table = table.withColumns(columns);
        }
        default -> {
          var name = columns.get(1);
          columns.set(1, name.toBuilder().length(name.length().getOrElse(120) + 80).build());
          table = table.withColumns(columns);
        }
      }
      tables.set(t, table);
    }
    return document.withTables(tables);
  }

  /** Two documents → changes, warnings and migration SQL. */
  @Benchmark
  public Migration migrate() {
    return MigrationPlanner.plan(before, after, engine).get();
  }
}
