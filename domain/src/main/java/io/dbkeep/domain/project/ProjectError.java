package io.dbkeep.domain.project;

import io.dbkeep.domain.problem.Problem;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Why a project operation was refused. A business outcome, not an exception.
 *
 * @param code what kind of refusal this is; adapters switch over it exhaustively
 * @param message a sentence for people
 * @param details every problem found, each with its path (empty when there is nothing to list)
 * @param currentVersion the stored version, when the refusal is about versions
 */
public record ProjectError(
    Code code, String message, List<Problem> details, Option<Long> currentVersion) {

  /** The kinds of refusal. */
  public enum Code {
    /** No project with that id is visible to the caller (missing, or someone else's). */
    PROJECT_NOT_FOUND,
    /** The caller's expected version is not the stored one. */
    VERSION_MISMATCH,
    /** The input is malformed: wrong types, blank or overlong name, unknown engine. */
    VALIDATION_ERROR,
    /** The schema document has errors; {@code details} lists all of them. */
    SCHEMA_INVALID,
    /** The project exists for the caller, but has no version with that number (any more). */
    VERSION_NOT_FOUND,
    /** The operation requires the caller to name the version it expects, and none was named. */
    PRECONDITION_REQUIRED,
    /** An imported text (SQL, DBML) does not parse; the detail's path is {@code line:column}. */
    IMPORT_SYNTAX_ERROR,
    /** No reader of the text's format is configured, or the text holds what cannot be imported. */
    IMPORT_UNSUPPORTED,
    /** An imported text is over the import's size limit. */
    IMPORT_TOO_LARGE
  }

  public ProjectError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = List.copyOf(details);
    Objects.requireNonNull(currentVersion, "currentVersion");
  }

  public static ProjectError notFound(ProjectId id) {
    return new ProjectError(
        Code.PROJECT_NOT_FOUND, "Project " + id + " was not found", List.of(), Option.none());
  }

  public static ProjectError notFound(String rawId) {
    return new ProjectError(
        Code.PROJECT_NOT_FOUND, "Project " + rawId + " was not found", List.of(), Option.none());
  }

  /** The caller expected another version (a negative one: none of the project's). */
  public static ProjectError versionMismatch(long expected, long current) {
    return versionMismatch(
        expected < 0 ? ExpectedVersion.NONE : ExpectedVersion.of(expected), current);
  }

  /**
   * The project is at {@code current}, which {@code expected} does not admit; an empty list of
   * expected versions stands for an {@code If-Match} that names no version at all (not one of the
   * project's tags).
   */
  public static ProjectError versionMismatch(ExpectedVersion expected, long current) {
    var versions = expected.versions();
    return new ProjectError(
        Code.VERSION_MISMATCH,
        versions.isEmpty()
            ? "The project is at version "
                + current
                + "; If-Match names no version of it (send its ETag, \""
                + current
                + "\")"
            : "The project is at version "
                + current
                + (versions.size() == 1 ? ", not " : ", not one of ")
                + versions.mkString(", "),
        List.of(),
        Option.of(current));
  }

  public static ProjectError versionNotFound(ProjectId id, long number) {
    return new ProjectError(
        Code.VERSION_NOT_FOUND,
        "Project " + id + " has no version " + number,
        List.of(),
        Option.none());
  }

  /** The caller must name the project version it expects (an {@code If-Match}) for this. */
  public static ProjectError preconditionRequired(long current) {
    return new ProjectError(
        Code.PRECONDITION_REQUIRED,
        "Name the version you expect the project to be at (If-Match); it is at " + current,
        List.of(),
        Option.of(current));
  }

  public static ProjectError invalid(List<Problem> problems) {
    return new ProjectError(
        Code.VALIDATION_ERROR, "The request is not valid", problems, Option.none());
  }

  public static ProjectError schemaInvalid(List<Problem> problems) {
    return new ProjectError(
        Code.SCHEMA_INVALID, "The schema document has errors", problems, Option.none());
  }
}
