package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates a {@link SchemaDocument} for an engine and reports every problem at once, each with the
 * path of what it is about ({@code tables[2].columns[0].name}), a stable code, a severity and a
 * message.
 *
 * <p>The contract: a document with no errors for an engine exports, through {@link DdlExporter},
 * DDL that executes on that engine. So besides the document's own consistency (names, ids, types,
 * relations, defaults) the checks cover each engine's limits: identifier length, type parameter
 * ranges, which types can be keys, key and row sizes on MySQL, and so on. Warnings name what the
 * export changes or cannot enforce (type mappings, missing primary keys, unindexed foreign keys on
 * PostgreSQL). Pure and thread-safe.
 */
public final class SchemaValidator {

  private SchemaValidator() {}

  /** Validates a document built in code (or read without problems). */
  public static ValidationReport validate(SchemaDocument document, Engine engine) {
    return checkForSave(document, engine, Set.of());
  }

  /**
   * Validates a document as read from JSON: the reading problems come first, and checks that would
   * only repeat them (about elements that could not be read) are left out.
   */
  public static ValidationReport validate(Decoded<SchemaDocument> decoded, Engine engine) {
    var tainted = new HashSet<String>();
    var tooLarge = false;
    for (var problem : decoded.problems()) {
      if (problem.isError()) {
        tainted.add(problem.path());
        tooLarge |= problem.code().equals("TOO_MANY_TABLES");
      }
    }
    var problems = new ArrayList<>(decoded.problems());
    if (!tooLarge) {
      for (var problem : checkForSave(decoded.value(), engine, tainted).problems()) {
        if (tainted.isEmpty() || !covered(tainted, problem.path())) {
          problems.add(problem);
        }
      }
    }
    return new ValidationReport(problems);
  }

  /**
   * Validates an export envelope as read from JSON: its own problems (version, name, engine) and
   * its document's for {@code engine}, every path relative to the envelope ({@code
   * project.tables[0].name}).
   */
  public static ValidationReport validateExport(Decoded<ProjectExport> decoded, Engine engine) {
    var problems = new ArrayList<>(SchemaDocumentReader.envelopeProblems(decoded.problems()));
    var document =
        new Decoded<>(
            decoded.value().document(), SchemaDocumentReader.documentProblems(decoded.problems()));
    for (var problem : validate(document, engine).problems()) {
      problems.add(
          new Problem(
              problem.path().isEmpty() ? "project" : "project." + problem.path(),
              problem.code(),
              problem.severity(),
              problem.message()));
    }
    return new ValidationReport(problems);
  }

  /** The checks and, for a valid document, its plan. */
  static Checked check(SchemaDocument document, Engine engine, Set<String> tainted) {
    var run = new ValidationRun(document, Dialect.of(engine), tainted);
    run.checkDocument();
    Option<SchemaPlan> plan = Option.none();
    // A document with reading errors is invalid already, and the checks above skip what those
    // errors taint (e.g. relations of a table whose columns could not be read): planning it would
    // work on parts that were never checked.
    if (run.hasNoErrors() && tainted.isEmpty()) {
      plan = Option.of(new PlanBuilder(document, run.dialect, run.problems).build());
      if (run.hasNoErrors()) {
        run.checkPlan(plan.get());
      }
    }
    var report = new ValidationReport(run.problems.listed());
    return new Checked(report, report.isValid() ? plan : Option.none());
  }

  /**
   * The same problems as {@link #check}, without building the plan unless one of its rules finds a
   * problem ({@link PlanChecks}): what a save and the other validations answer with.
   */
  private static ValidationReport checkForSave(
      SchemaDocument document, Engine engine, Set<String> tainted) {
    var run = new ValidationRun(document, Dialect.of(engine), tainted);
    run.checkDocument();
    if (run.hasNoErrors() && tainted.isEmpty()) {
      new PlanChecks(run).check();
    }
    return new ValidationReport(run.problems.listed());
  }

  record Checked(ValidationReport report, Option<SchemaPlan> plan) {}

  /** Whether {@code path} is, or is inside, a path that had a reading error. */
  private static boolean covered(Set<String> tainted, String path) {
    if (tainted.contains(path)) {
      return true;
    }
    for (int i = 0; i < path.length(); i++) {
      var c = path.charAt(i);
      if ((c == '.' || c == '[') && tainted.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
