package io.dbkeep.bootstrap.cli;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.json.JsonCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep validate [--engine E] [--json] FILE|-}: prints every problem of a schema document.
 * Exit status 0 when valid (warnings allowed), 1 when not, 2 when the file cannot be read or is not
 * JSON, or the engine is unknown. With {@code --json} the output is a JSON array of {@code {path,
 * code, severity, message}}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a schema document (or export envelope) for an engine.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DocumentFile document = new DocumentFile();

  @Option(names = "--json", description = "print the problems as a JSON array")
  boolean json;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var read = document.check(err);
    if (read.isEmpty()) {
      return 2;
    }
    var checked = read.get();
    var report = checked.report();
    if (json) {
      var problems = new ArrayList<JsonValue>();
      for (var problem : report.problems()) {
        var members = new LinkedHashMap<String, JsonValue>();
        members.put("path", new JsonString(problem.path()));
        members.put("code", new JsonString(problem.code()));
        members.put("severity", new JsonString(problem.severity().name().toLowerCase(Locale.ROOT)));
        members.put("message", new JsonString(problem.message()));
        problems.add(new JsonObject(members));
      }
      out.println(new JsonCodec().write(new JsonArray(problems)));
    } else {
      report.problems().forEach(problem -> DocumentFile.printProblem(out, problem));
      out.println(
          (report.isValid() ? "valid" : "invalid")
              + " for "
              + checked.engine().displayName()
              + ": "
              + report.errors().size()
              + " errors, "
              + report.warnings().size()
              + " warnings");
    }
    out.flush();
    return report.isValid() ? 0 : 1;
  }
}
