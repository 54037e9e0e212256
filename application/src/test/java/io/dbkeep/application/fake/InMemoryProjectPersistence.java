package io.dbkeep.application.fake;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.ListProjectsPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.domain.project.OwnerType;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;

/** The project ports over an {@link InMemoryDatabase}. */
public final class InMemoryProjectPersistence
    implements LoadProjectPort,
        SaveProjectPort,
        DeleteProjectPort,
        ListProjectsPort,
        ReadStoredProjectPort {

  private final InMemoryDatabase database;

  public InMemoryProjectPersistence(InMemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<Project> load(ProjectId id) {
    database.requireTransaction();
    return Option.of(database.projects.get(id));
  }

  @Override
  public Option<StoredProject> readStored(ProjectId id, boolean withDocument) {
    return load(id)
        .map(
            p ->
                new StoredProject(
                    p.id(),
                    p.name(),
                    p.engine(),
                    p.createdBy(),
                    p.owner(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.version(),
                    withDocument ? Option.of(JsonText.write(p.data())) : Option.none()));
  }

  @Override
  public Option<Project> loadForUpdate(ProjectId id) {
    return load(id);
  }

  @Override
  public Project insert(Project project) {
    database.requireTransaction();
    if (project.version() != 0) {
      throw new IllegalArgumentException("a new project has version 0");
    }
    if (database.projects.containsKey(project.id())) {
      throw new IllegalArgumentException("project " + project.id() + " exists");
    }
    if (!database.users.containsKey(project.createdBy())) {
      throw new IllegalArgumentException("unknown user " + project.createdBy());
    }
    var stored = project.withVersion(1);
    database.projects.put(stored.id(), stored);
    return stored;
  }

  @Override
  public Project update(Project project) {
    database.requireTransaction();
    var current = database.projects.get(project.id());
    if (current == null || current.version() != project.version()) {
      throw new ConcurrentUpdateException("project " + project.id() + " changed", null);
    }
    var stored = project.withVersion(project.version() + 1);
    database.projects.put(stored.id(), stored);
    return stored;
  }

  @Override
  public boolean delete(ProjectId id) {
    database.requireTransaction();
    database.versions.values().removeIf(row -> row.version().projectId().equals(id));
    return database.projects.remove(id) != null;
  }

  @Override
  public List<ProjectSummary> listOwnedBy(UserId user) {
    database.requireTransaction();
    return database.projects.values().stream()
        .filter(p -> p.owner().type() == OwnerType.USER && p.owner().ownerId().equals(user.value()))
        .sorted(
            Comparator.comparing(Project::updatedAt)
                .reversed()
                .thenComparing(p -> p.id().toString()))
        .map(
            p ->
                new ProjectSummary(
                    p.id(),
                    p.name(),
                    p.engine(),
                    p.owner(),
                    p.createdAt(),
                    p.updatedAt(),
                    database.users.get(p.createdBy()).name(),
                    p.version()))
        .toList();
  }
}
