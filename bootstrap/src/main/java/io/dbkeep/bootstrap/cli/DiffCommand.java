package io.dbkeep.bootstrap.cli;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.MigrationPlanner;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep diff --engine E OLD NEW [--down] [--allow-destructive] [--exit-code]}: prints the
 * migration that turns a database of OLD into one of NEW (with {@code --down}: NEW into OLD).
 *
 * <p>Exit status: 0 when printed (nothing is printed when there is no change); with {@code
 * --exit-code}, 1 when there are changes; 1 when a document has errors or the two name different
 * engines (problems on standard error, as {@code sql}); 2 on bad usage or unreadable files; 3 when
 * the migration has destructive steps and {@code --allow-destructive} is absent (the steps on
 * standard error, nothing on standard output).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Print the migration SQL between two versions of a schema document (or export envelope).")
public final class DiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = {"-e", "--engine"},
      paramLabel = "ENGINE",
      description = "postgresql, mysql or sqlite (default: the exports' engine, else postgresql)")
  String engine;

  @Parameters(index = "0", paramLabel = "OLD", description = "the older document; - reads stdin")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "the newer document; - reads stdin")
  String newFile;

  @Option(names = "--down", description = "print the migration from NEW back to OLD")
  boolean down;

  @Option(
      names = "--allow-destructive",
      description = "print a migration that drops or narrows (exit 3 without this)")
  boolean allowDestructive;

  @Option(names = "--exit-code", description = "exit 1 when there are changes")
  boolean exitCode;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (oldFile.equals("-") && newFile.equals("-")) {
      err.println("dbkeep: only one of OLD and NEW can be standard input");
      err.flush();
      return 2;
    }
    Optional<Engine> chosen = Optional.empty();
    DocumentFile.Checked older;
    DocumentFile.Checked newer;
    try {
      older = DocumentFile.check(oldFile, engine, System.in);
      newer = DocumentFile.check(newFile, engine, System.in);
    } catch (DocumentFile.Unusable e) {
      err.println("dbkeep: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (older.declaredEngine().isPresent()
        && newer.declaredEngine().isPresent()
        && older.declaredEngine().get() != newer.declaredEngine().get()) {
      err.println(
          "dbkeep: the documents target different engines ("
              + older.declaredEngine().get().displayName()
              + " and "
              + newer.declaredEngine().get().displayName()
              + "); a migration stays on one engine: export the newer document instead");
      err.flush();
      return 1;
    }
    if (engine == null) {
      chosen = newer.declaredEngine().or(older::declaredEngine);
    }
    if (chosen.isPresent() && engine == null) {
      // an envelope on one side names the engine: read the bare document on the other for it
      try {
        older = DocumentFile.check(oldFile, chosen.get().name(), System.in);
        newer = DocumentFile.check(newFile, chosen.get().name(), System.in);
      } catch (DocumentFile.Unusable e) {
        err.println("dbkeep: " + e.getMessage());
        err.flush();
        return 2;
      }
    }
    var invalid = false;
    for (var checked : new DocumentFile.Checked[] {older, newer}) {
      if (!checked.report().isValid()) {
        var file = checked == older ? oldFile : newFile;
        for (var problem : checked.report().problems()) {
          err.print(DocumentFile.describe(file) + ": ");
          DocumentFile.printProblem(err, problem);
        }
        err.println(
            "dbkeep: "
                + DocumentFile.describe(file)
                + " is not valid for "
                + checked.engine().displayName()
                + " ("
                + checked.report().errors().size()
                + " errors)");
        invalid = true;
      }
    }
    if (invalid) {
      err.flush();
      return 1;
    }
    var from = down ? newer : older;
    var to = down ? older : newer;
    var planned = MigrationPlanner.plan(from.document(), to.document(), to.engine());
    if (planned.isLeft()) {
      err.println("dbkeep: " + planned.getLeft().message());
      planned.getLeft().problems().forEach(problem -> DocumentFile.printProblem(err, problem));
      err.flush();
      return 1;
    }
    var migration = planned.get();
    if (migration.isEmpty()) {
      return 0;
    }
    if (migration.isDestructive() && !allowDestructive) {
      err.println(
          "dbkeep: the migration has destructive steps; nothing printed (rerun with"
              + " --allow-destructive to print it):");
      print(err, migration.warnings());
      err.flush();
      return 3;
    }
    print(err, migration.warnings());
    err.flush();
    out.print(migration.sql());
    out.flush();
    return exitCode ? 1 : 0;
  }

  private static void print(
      PrintWriter err, java.util.List<io.dbkeep.domain.problem.Problem> problems) {
    problems.forEach(
        problem -> err.println("warning: " + problem.message() + " [" + problem.code() + "]"));
  }
}
