package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.port.out.project.AnnotateProjectVersionPort;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.RestoreProjectVersionPort;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.project.VersionRetention;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The project-version ports on PostgreSQL's {@code project_version} table, by native statements
 * only: documents move between {@code project} and {@code project_version} inside the database and
 * are never read into the server to be copied.
 */
public final class ProjectVersionPersistenceAdapter
    implements RecordProjectVersionPort,
        ReadProjectVersionsPort,
        AnnotateProjectVersionPort,
        RestoreProjectVersionPort {

  private static final ProjectJpaMapper MAPPER = ProjectJpaMapper.INSTANCE;
  private static final String COLUMNS =
      "number, revision, name, engine, author_id, created_at, label, message";

  private final JpaUnitOfWork unitOfWork;
  private final VersionRetention retention;

  public ProjectVersionPersistenceAdapter(JpaUnitOfWork unitOfWork, VersionRetention retention) {
    this.unitOfWork = unitOfWork;
    this.retention = retention;
  }

  /**
   * One statement: the new row is selected from the project row the save just wrote (and locked),
   * numbered one above the newest; a second data-modifying part of the same statement forgets what
   * the retention no longer keeps.
   */
  @Override
  public long recordVersion(ProjectId id, UserId author, VersionNotes notes) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "with added as ("
                    + " insert into project_version (project_id, number, revision, name, engine,"
                    + " data, author_id, created_at, label, message)"
                    + " select p.id, coalesce((select max(v.number) from project_version v"
                    + " where v.project_id = p.id), 0) + 1, p.version, p.name, p.engine, p.data,"
                    + " :author, p.updated_at, nullif(:label, ''), nullif(:message, '')"
                    + " from project p where p.id = :id"
                    + " returning number),"
                    + " forgotten as ("
                    + " delete from project_version v using added"
                    + " where :keep > 0 and v.project_id = :id and v.label is null"
                    + " and v.number <= added.number - :keep)"
                    + " select number from added")
            .setParameter("id", id.value())
            .setParameter("author", author.value())
            .setParameter("label", notes.label().getOrElse(""))
            .setParameter("message", notes.message().getOrElse(""))
            .setParameter("keep", retention.keepLast().map(Long::valueOf).getOrElse(0L))
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no project " + id);
    }
    return ((Number) rows.get(0)).longValue();
  }

  @Override
  public List<ProjectVersion> listVersions(ProjectId id, Option<Long> before, int limit) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "select "
                    + COLUMNS
                    + " from project_version where project_id = :id and number < :before"
                    + " order by number desc limit :limit")
            .setParameter("id", id.value())
            .setParameter("before", before.getOrElse(Long.MAX_VALUE))
            .setParameter("limit", limit)
            .getResultList();
    var versions = new ArrayList<ProjectVersion>(rows.size());
    for (var row : rows) {
      versions.add(version(id, (Object[]) row, false));
    }
    return versions;
  }

  @Override
  public Option<ProjectVersion> readVersion(ProjectId id, long number, boolean withDocument) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "select "
                    + COLUMNS
                    + (withDocument ? ", data::text" : "")
                    + " from project_version where project_id = :id and number = :number")
            .setParameter("id", id.value())
            .setParameter("number", number)
            .getResultList();
    return rows.isEmpty()
        ? Option.none()
        : Option.of(version(id, (Object[]) rows.get(0), withDocument));
  }

  @Override
  public Option<JsonValue> versionDocument(ProjectId id, long number) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "select data::text from project_version where project_id = :id"
                    + " and number = :number")
            .setParameter("id", id.value())
            .setParameter("number", number)
            .getResultList();
    return rows.isEmpty() ? Option.none() : Option.of(MAPPER.json((String) rows.get(0)));
  }

  @Override
  public Option<ProjectVersion> annotateVersion(ProjectId id, long number, VersionNotes notes) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "update project_version set label = nullif(:label, ''),"
                    + " message = nullif(:message, '')"
                    + " where project_id = :id and number = :number returning "
                    + COLUMNS)
            .setParameter("label", notes.label().getOrElse(""))
            .setParameter("message", notes.message().getOrElse(""))
            .setParameter("id", id.value())
            .setParameter("number", number)
            .getResultList();
    return rows.isEmpty() ? Option.none() : Option.of(version(id, (Object[]) rows.get(0), false));
  }

  /** One {@code UPDATE … FROM project_version}: the document is copied inside the database. */
  @Override
  public Option<StoredProject> restoreVersion(
      ProjectId id, UserId owner, long number, ExpectedVersion expectedRevision, Instant now) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "update project p set name = v.name, engine = v.engine, data = v.data,"
                    + " updated_at = greatest(p.updated_at, :now), version = p.version + 1"
                    + " from project_version v"
                    + " where p.id = :id and p.owner_type = 'user' and p.owner_id = :owner"
                    + " and (:anyVersion or p.version in (:expected)) and v.project_id = p.id and v.number = :number"
                    + " returning p.name, p.engine, p.user_id, p.owner_id, p.owner_type,"
                    + " p.created_at, p.updated_at, p.version")
            .setParameter("now", now)
            .setParameter("id", id.value())
            .setParameter("owner", owner.value())
            .setParameter("anyVersion", expectedRevision.any())
            .setParameter("expected", ExpectedVersionParameter.listed(expectedRevision))
            .setParameter("number", number)
            .getResultList();
    if (rows.isEmpty()) {
      return Option.none();
    }
    var row = (Object[]) rows.get(0);
    return Option.of(ReturnedProjectRow.stored(id, row, Option.none()));
  }

  private static ProjectVersion version(ProjectId id, Object[] row, boolean withDocument) {
    return new ProjectVersion(
        id,
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        new ProjectName((String) row[2]),
        MAPPER.engine((String) row[3]),
        new UserId((String) row[4]),
        ReturnedProjectRow.instant(row[5]),
        new VersionNotes(Option.of((String) row[6]), Option.of((String) row[7])),
        withDocument ? Option.of((String) row[8]) : Option.none());
  }
}
