package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.ListProjectsPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectDocumentPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import jakarta.persistence.LockModeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/** The project out-ports on PostgreSQL through Jakarta Persistence. */
public final class ProjectPersistenceAdapter
    implements LoadProjectPort,
        SaveProjectPort,
        DeleteProjectPort,
        ListProjectsPort,
        ReadStoredProjectPort,
        SaveProjectDocumentPort {

  private static final ProjectJpaMapper MAPPER = ProjectJpaMapper.INSTANCE;

  private final JpaUnitOfWork unitOfWork;

  public ProjectPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Option<Project> load(ProjectId id) {
    return Option.of(unitOfWork.currentEntityManager().find(ProjectJpaEntity.class, id.value()))
        .map(MAPPER::toDomain);
  }

  /**
   * One native statement, no entity: the document comes back as the text PostgreSQL keeps (never
   * parsed here), or is not selected at all.
   */
  @Override
  public Option<StoredProject> readStored(ProjectId id, boolean withDocument) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "select name, engine, user_id, owner_id, owner_type, created_at, updated_at,"
                    + " version"
                    + (withDocument ? ", data::text" : "")
                    + " from project where id = :id")
            .setParameter("id", id.value())
            .getResultList();
    if (rows.isEmpty()) {
      return Option.none();
    }
    var row = (Object[]) rows.get(0);
    return Option.of(
        ReturnedProjectRow.stored(
            id, row, withDocument ? Option.of((String) row[8]) : Option.none()));
  }

  /**
   * One {@code UPDATE … RETURNING} of the small columns, guarded by id, owner and version: the old
   * document is neither read nor locked beyond the row update, and no entity is managed (no dirty
   * checking). The document is written as text once and bound as a {@code jsonb} parameter ({@link
   * JsonbParameter}): PostgreSQL parses it once, in the bind, even when the update waits for a
   * concurrent save of the same row.
   */
  @Override
  public Option<StoredProject> saveDocument(
      ProjectId id,
      UserId owner,
      Option<ProjectName> name,
      Option<Engine> engine,
      SchemaDocument document,
      ExpectedVersion expectedVersion,
      Instant now) {
    var json = ProjectJpaMapper.CODEC.write(document);
    return session()
        .doReturningWork(
            connection -> {
              try (var statement = connection.prepareStatement(SAVE_DOCUMENT)) {
                statement.setBoolean(1, name.isDefined());
                statement.setString(2, name.map(ProjectName::value).getOrElse(""));
                statement.setBoolean(3, engine.isDefined());
                statement.setString(4, engine.map(Engine::displayName).getOrElse(""));
                JsonbParameter.bind(statement, 5, json);
                statement.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                statement.setObject(7, id.value());
                statement.setString(8, owner.value());
                statement.setBoolean(9, expectedVersion.any());
                statement.setArray(
                    10,
                    connection.createArrayOf(
                        "bigint", ExpectedVersionParameter.listed(expectedVersion).toArray()));
                try (var rows = statement.executeQuery()) {
                  if (!rows.next()) {
                    return Option.<StoredProject>none();
                  }
                  return Option.of(
                      ReturnedProjectRow.stored(id, smallColumns(rows), Option.none()));
                }
              }
            });
  }

  /**
   * The document parameter ({@code ?} 5) has no cast: PostgreSQL takes its type from the column,
   * {@code jsonb}, which only an untyped parameter can have ({@link JsonbParameter}); a parameter
   * bound as text would fail here instead of silently costing a second parse.
   */
  private static final String SAVE_DOCUMENT =
      "update project set"
          + " name = case when ? then ? else name end,"
          + " engine = case when ? then ? else engine end,"
          + " data = ?,"
          + " updated_at = greatest(updated_at, ?),"
          + " version = version + 1"
          + " where id = ? and owner_type = 'user' and owner_id = ?"
          + " and (? or version = any(?))"
          + " returning name, engine, user_id, owner_id, owner_type, created_at,"
          + " updated_at, version";

  /** {@code name, engine, user_id, owner_id, owner_type, created_at, updated_at, version}. */
  private static Object[] smallColumns(ResultSet rows) throws SQLException {
    return new Object[] {
      rows.getString(1),
      rows.getString(2),
      rows.getString(3),
      rows.getString(4),
      rows.getString(5),
      rows.getObject(6, OffsetDateTime.class),
      rows.getObject(7, OffsetDateTime.class),
      rows.getLong(8)
    };
  }

  private Session session() {
    return unitOfWork.currentEntityManager().unwrap(Session.class);
  }

  @Override
  public Option<Project> loadForUpdate(ProjectId id) {
    return Option.of(
            unitOfWork
                .currentEntityManager()
                .find(ProjectJpaEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
        .map(MAPPER::toDomain);
  }

  @Override
  public Project insert(Project project) {
    if (project.version() != 0) {
      throw new IllegalArgumentException("a new project has version 0");
    }
    var entityManager = unitOfWork.currentEntityManager();
    if (entityManager.find(ProjectJpaEntity.class, project.id().value()) != null) {
      throw new IllegalArgumentException("project " + project.id() + " exists");
    }
    var row = MAPPER.toEntity(project);
    // Inserted by statement, not persist(): ids are assigned and the first stored revision is
    // version 1, which Hibernate's persist() would take for a detached entity; the document is a
    // jsonb parameter (JsonbParameter), parsed once by PostgreSQL.
    session()
        .doWork(
            connection -> {
              try (var statement = connection.prepareStatement(INSERT)) {
                statement.setObject(1, row.getId());
                statement.setString(2, row.getName());
                statement.setString(3, row.getEngine());
                JsonbParameter.bind(statement, 4, row.getData());
                statement.setString(5, row.getUserId());
                statement.setString(6, row.getOwnerId());
                statement.setString(7, row.getOwnerType());
                statement.setObject(
                    8, OffsetDateTime.ofInstant(row.getCreatedAt(), ZoneOffset.UTC));
                statement.setObject(
                    9, OffsetDateTime.ofInstant(row.getUpdatedAt(), ZoneOffset.UTC));
                statement.executeUpdate();
              }
            });
    return project.withVersion(1);
  }

  private static final String INSERT =
      "insert into project (id, name, engine, data, user_id, owner_id, owner_type, created_at,"
          + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

  @Override
  public Project update(Project project) {
    var entityManager = unitOfWork.currentEntityManager();
    var entity = entityManager.find(ProjectJpaEntity.class, project.id().value());
    if (entity == null || entity.getVersion() != project.version()) {
      throw new ConcurrentUpdateException(
          "project " + project.id() + " is no longer at version " + project.version(), null);
    }
    MAPPER.copyChanges(project, entity);
    entityManager.flush();
    if (entity.getVersion() == project.version()) {
      // nothing differed, so Hibernate wrote nothing; a stored revision still gets its version
      entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
    return MAPPER.toDomain(entity);
  }

  @Override
  public boolean delete(ProjectId id) {
    var entityManager = unitOfWork.currentEntityManager();
    var entity = entityManager.find(ProjectJpaEntity.class, id.value());
    if (entity == null) {
      return false;
    }
    entityManager.remove(entity);
    entityManager.flush();
    return true;
  }

  @Override
  public List<ProjectSummary> listOwnedBy(UserId user) {
    return unitOfWork
        .currentEntityManager()
        .createQuery(
            "select new "
                + ProjectSummaryRow.class.getName()
                + "(p.id, p.name, p.engine, p.ownerId, p.ownerType, p.createdAt, p.updatedAt,"
                + " u.name, p.version)"
                + " from Project p join User u on u.id = p.userId"
                + " where p.userId = :user and p.ownerId = :user and p.ownerType = 'user'"
                + " order by p.updatedAt desc, p.id",
            ProjectSummaryRow.class)
        .setParameter("user", user.value())
        .getResultStream()
        .map(MAPPER::toDomain)
        .toList();
  }
}
