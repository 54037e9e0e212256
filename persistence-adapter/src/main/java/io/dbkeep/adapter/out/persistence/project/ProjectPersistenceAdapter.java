package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.ListProjectsPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectDocumentPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

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
   * checking). The document is written as text once.
   */
  @Override
  public Option<StoredProject> saveDocument(
      ProjectId id,
      UserId owner,
      Option<ProjectName> name,
      Option<Engine> engine,
      JsonValue data,
      ExpectedVersion expectedVersion,
      Instant now) {
    var rows =
        unitOfWork
            .currentEntityManager()
            .createNativeQuery(
                "update project set"
                    + " name = case when :setName then :name else name end,"
                    + " engine = case when :setEngine then :engine else engine end,"
                    + " data = cast(:data as jsonb),"
                    + " updated_at = greatest(updated_at, :now),"
                    + " version = version + 1"
                    + " where id = :id and owner_type = 'user' and owner_id = :owner"
                    + " and (:anyVersion or version in (:expected))"
                    + " returning name, engine, user_id, owner_id, owner_type, created_at,"
                    + " updated_at, version")
            .setParameter("setName", name.isDefined())
            .setParameter("name", name.map(ProjectName::value).getOrElse(""))
            .setParameter("setEngine", engine.isDefined())
            .setParameter("engine", engine.map(Engine::displayName).getOrElse(""))
            .setParameter("data", MAPPER.json(data))
            .setParameter("now", now)
            .setParameter("id", id.value())
            .setParameter("owner", owner.value())
            .setParameter("anyVersion", expectedVersion.any())
            .setParameter("expected", ExpectedVersionParameter.listed(expectedVersion))
            .getResultList();
    if (rows.isEmpty()) {
      return Option.none();
    }
    var row = (Object[]) rows.get(0);
    return Option.of(ReturnedProjectRow.stored(id, row, Option.none()));
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
    // version 1, which Hibernate's persist() would take for a detached entity.
    entityManager
        .createNativeQuery(
            "insert into project (id, name, engine, data, user_id, owner_id, owner_type,"
                + " created_at, updated_at, version) values (:id, :name, :engine,"
                + " cast(:data as jsonb), :userId, :ownerId, :ownerType, :createdAt, :updatedAt, 1)")
        .setParameter("id", row.getId())
        .setParameter("name", row.getName())
        .setParameter("engine", row.getEngine())
        .setParameter("data", row.getData())
        .setParameter("userId", row.getUserId())
        .setParameter("ownerId", row.getOwnerId())
        .setParameter("ownerType", row.getOwnerType())
        .setParameter("createdAt", row.getCreatedAt())
        .setParameter("updatedAt", row.getUpdatedAt())
        .executeUpdate();
    return project.withVersion(1);
  }

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
