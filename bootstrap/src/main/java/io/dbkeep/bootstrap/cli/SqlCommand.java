package io.dbkeep.bootstrap.cli;

import io.dbkeep.domain.schema.sql.DdlExporter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep sql --engine E FILE|-}: prints the DDL of a schema document. Exit status 0 with the
 * DDL on standard output (warnings on standard error); 1 when the document is invalid (its problems
 * on standard error, nothing on standard output); 2 when the file cannot be read or is not JSON, or
 * the engine is unknown.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Print the DDL of a schema document (or export envelope) for an engine.")
public final class SqlCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DocumentFile document = new DocumentFile();

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var read = document.check(err);
    if (read.isEmpty()) {
      return 2;
    }
    var checked = read.get();
    if (!checked.report().isValid()) {
      checked.report().problems().forEach(problem -> DocumentFile.printProblem(err, problem));
      err.println(
          "dbkeep: the document is not valid for "
              + checked.engine().displayName()
              + " ("
              + checked.report().errors().size()
              + " errors)");
      err.flush();
      return 1;
    }
    var export = DdlExporter.export(checked.document(), checked.engine()).get();
    checked.report().warnings().forEach(problem -> DocumentFile.printProblem(err, problem));
    err.flush();
    out.print(export.sql());
    out.flush();
    return 0;
  }
}
