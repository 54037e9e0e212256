package io.dbkeep.adapter.in.web.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.adapter.in.web.request.Timestamps;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.project.StoredProject;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A project with its document, as {@code GET/POST/PUT /api/projects…} answer it; saves add every
 * {@code problems} the stored document has for the project's engine (errors and warnings, each with
 * path and severity: a save stores a well-formed document even with errors) and, for older clients,
 * the {@code warnings} among them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectResponse(
    String id,
    String name,
    String engine,
    JsonValue data,
    String userId,
    String ownerId,
    String ownerType,
    String createdAt,
    String updatedAt,
    long version,
    List<ErrorDetail> warnings,
    List<ErrorDetail> problems) {

  /** A saved project with its problems, their paths under {@code data}. */
  public static ProjectResponse from(SavedProject saved) {
    return from(saved, "data");
  }

  /**
   * A saved project with its problems (empty lists when there are none), their paths under {@code
   * documentPath} ({@code data} for a save, {@code project} for an imported envelope; empty: the
   * paths as they are, e.g. an imported text's {@code line N} and {@code data.…}).
   */
  public static ProjectResponse from(SavedProject saved, String documentPath) {
    var project = from(saved.project());
    // each problem's detail made once: the warnings are the same details, in the same order
    var problems = new ArrayList<ErrorDetail>(saved.problems().size());
    var warnings = new ArrayList<ErrorDetail>(saved.problems().size());
    for (var problem : saved.problems()) {
      var detail = under(documentPath, problem);
      problems.add(detail);
      if (!problem.isError()) {
        warnings.add(detail);
      }
    }
    return new ProjectResponse(
        project.id,
        project.name,
        project.engine,
        project.data,
        project.userId,
        project.ownerId,
        project.ownerType,
        project.createdAt,
        project.updatedAt,
        project.version,
        Collections.unmodifiableList(warnings),
        Collections.unmodifiableList(problems));
  }

  private static ErrorDetail under(String documentPath, Problem problem) {
    return ErrorDetail.from(
        new Problem(
            documentPath.isEmpty() || problem.path().isEmpty()
                ? documentPath + problem.path()
                : documentPath + "." + problem.path(),
            problem.code(),
            problem.severity(),
            problem.message()));
  }

  /** The same answer without the document. */
  public ProjectResponse withoutData() {
    return new ProjectResponse(
        id, name, engine, null, userId, ownerId, ownerType, createdAt, updatedAt, version, warnings,
        problems);
  }

  /** A stored project's small fields, without its document (the caller writes the text after). */
  public static ProjectResponse head(StoredProject project) {
    return new ProjectResponse(
        project.id().toString(),
        project.name().value(),
        project.engine().displayName(),
        null,
        project.createdBy().value(),
        project.owner().ownerId(),
        project.owner().type().wireName(),
        Timestamps.format(project.createdAt()),
        Timestamps.format(project.updatedAt()),
        project.version(),
        null,
        null);
  }

  public static ProjectResponse from(Project project) {
    return new ProjectResponse(
        project.id().toString(),
        project.name().value(),
        project.engine().displayName(),
        project.data(),
        project.createdBy().value(),
        project.owner().ownerId(),
        project.owner().type().wireName(),
        Timestamps.format(project.createdAt()),
        Timestamps.format(project.updatedAt()),
        project.version(),
        null,
        null);
  }

  /**
   * Writes this answer as {@code mapper} writes the record, with each list serialised once: the
   * {@code warnings} of a document without errors are its {@code problems}, the same details in the
   * same order, so their text is written twice instead of made twice (a save of the 500-table
   * document answers 499 of each, ADR 0143).
   */
  public void writeJson(JsonMapper mapper, OutputStream out) throws IOException {
    if (warnings == null || problems == null) {
      out.write(mapper.toJsonString(this, ProjectResponse.class).getBytes(StandardCharsets.UTF_8));
      return;
    }
    var head =
        mapper.toJsonString(
            new ProjectResponse(
                id, name, engine, data, userId, ownerId, ownerType, createdAt, updatedAt, version,
                null, null),
            ProjectResponse.class);
    var listed = mapper.toJsonString(problems, List.class).getBytes(StandardCharsets.UTF_8);
    var warned =
        sameDetails(warnings, problems)
            ? listed
            : mapper.toJsonString(warnings, List.class).getBytes(StandardCharsets.UTF_8);
    out.write(head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8));
    out.write(WARNINGS);
    out.write(warned);
    out.write(PROBLEMS);
    out.write(listed);
    out.write('}');
  }

  private static final byte[] WARNINGS = ",\"warnings\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PROBLEMS = ",\"problems\":".getBytes(StandardCharsets.UTF_8);

  private static boolean sameDetails(List<ErrorDetail> some, List<ErrorDetail> others) {
    if (some.size() != others.size()) {
      return false;
    }
    for (int i = 0; i < some.size(); i++) {
      if (some.get(i) != others.get(i)) {
        return false;
      }
    }
    return true;
  }
}
