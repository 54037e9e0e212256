package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.project.AnnotateProjectVersionPort;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.RestoreProjectVersionPort;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.project.VersionRetention;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The project-version ports over an {@link InMemoryDatabase}. */
public final class InMemoryProjectVersions
    implements RecordProjectVersionPort,
        ReadProjectVersionsPort,
        AnnotateProjectVersionPort,
        RestoreProjectVersionPort {

  /** A stored version: its fields without the document, and the document. */
  record Row(ProjectVersion version, JsonValue document) {}

  private final InMemoryDatabase database;
  private final VersionRetention retention;

  public InMemoryProjectVersions(InMemoryDatabase database) {
    this(database, VersionRetention.KEEP_ALL);
  }

  public InMemoryProjectVersions(InMemoryDatabase database, VersionRetention retention) {
    this.database = database;
    this.retention = retention;
  }

  @Override
  public long recordVersion(ProjectId id, UserId author, VersionNotes notes) {
    database.requireTransaction();
    var project = database.projects.get(id);
    if (project == null) {
      throw new IllegalArgumentException("no project " + id);
    }
    var number = rows(id).stream().mapToLong(r -> r.version().number()).max().orElse(0) + 1;
    database.versions.put(
        key(id, number),
        new Row(
            new ProjectVersion(
                id,
                number,
                project.version(),
                project.name(),
                project.engine(),
                author,
                project.updatedAt(),
                notes,
                Option.none()),
            project.data()));
    database
        .versions
        .values()
        .removeIf(
            row ->
                row.version().projectId().equals(id)
                    && !retention.keeps(
                        row.version().number(), row.version().notes().isLabelled(), number));
    return number;
  }

  @Override
  public List<ProjectVersion> listVersions(ProjectId id, Option<Long> before, int limit) {
    database.requireTransaction();
    return rows(id).stream()
        .map(Row::version)
        .filter(v -> before.map(b -> v.number() < b).getOrElse(true))
        .sorted(Comparator.comparingLong(ProjectVersion::number).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Option<ProjectVersion> readVersion(ProjectId id, long number, boolean withDocument) {
    database.requireTransaction();
    return Option.of(database.versions.get(key(id, number)))
        .map(
            row ->
                withDocument
                    ? withData(row.version(), Option.of(JsonText.write(row.document())))
                    : row.version());
  }

  @Override
  public Option<JsonValue> versionDocument(ProjectId id, long number) {
    database.requireTransaction();
    return Option.of(database.versions.get(key(id, number))).map(Row::document);
  }

  @Override
  public Option<ProjectVersion> annotateVersion(ProjectId id, long number, VersionNotes notes) {
    database.requireTransaction();
    var row = database.versions.get(key(id, number));
    if (row == null) {
      return Option.none();
    }
    var v = row.version();
    var changed =
        new ProjectVersion(
            id,
            number,
            v.revision(),
            v.name(),
            v.engine(),
            v.author(),
            v.createdAt(),
            notes,
            Option.none());
    database.versions.put(key(id, number), new Row(changed, row.document()));
    return Option.of(changed);
  }

  @Override
  public Option<StoredProject> restoreVersion(
      ProjectId id, UserId owner, long number, ExpectedVersion expectedRevision, Instant now) {
    database.requireTransaction();
    var project = database.projects.get(id);
    var row = database.versions.get(key(id, number));
    if (project == null
        || row == null
        || !project.isAccessibleBy(owner)
        || !expectedRevision.admits(project.version())) {
      return Option.none();
    }
    var v = row.version();
    var restored =
        project
            .change(Option.of(v.name()), Option.of(v.engine()), Option.of(row.document()), now)
            .withVersion(project.version() + 1);
    database.projects.put(id, restored);
    return Option.of(
        new StoredProject(
            id,
            restored.name(),
            restored.engine(),
            restored.createdBy(),
            restored.owner(),
            restored.createdAt(),
            restored.updatedAt(),
            restored.version(),
            Option.none()));
  }

  private List<Row> rows(ProjectId id) {
    return database.versions.values().stream()
        .filter(row -> row.version().projectId().equals(id))
        .toList();
  }

  private static ProjectVersion withData(ProjectVersion v, Option<String> data) {
    return new ProjectVersion(
        v.projectId(),
        v.number(),
        v.revision(),
        v.name(),
        v.engine(),
        v.author(),
        v.createdAt(),
        v.notes(),
        data);
  }

  private static String key(ProjectId id, long number) {
    return id + "/" + number;
  }
}
