package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.Owner;
import io.dbkeep.domain.project.OwnerType;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.JsonLimits;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/**
 * Maps {@link Project} to and from its row. Domain values are rebuilt through their constructors,
 * so a row that breaks an invariant fails loudly instead of entering the domain.
 */
@Mapper
interface ProjectJpaMapper {

  ProjectJpaMapper INSTANCE = Mappers.getMapper(ProjectJpaMapper.class);

  /** Stored documents read with the stored-document limits: what jsonb kept must read back. */
  JsonCodec CODEC = new JsonCodec(JsonLimits.STORED);

  @Mapping(target = "createdBy", source = "userId")
  @Mapping(target = "owner", source = ".")
  @Mapping(target = "withVersion", ignore = true) // a wither on the record, not a property
  Project toDomain(ProjectJpaEntity entity);

  @Mapping(target = "owner", source = ".")
  ProjectSummary toDomain(ProjectSummaryRow row);

  @Mapping(target = "userId", source = "createdBy")
  @Mapping(target = "ownerId", source = "owner.ownerId")
  @Mapping(target = "ownerType", source = "owner.type")
  ProjectJpaEntity toEntity(Project project);

  /** Copies what an update may change; identity, ownership, creation time and version stay. */
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "userId", ignore = true)
  @Mapping(target = "ownerId", ignore = true)
  @Mapping(target = "ownerType", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  @Mapping(target = "version", ignore = true)
  void copyChanges(Project project, @MappingTarget ProjectJpaEntity entity);

  default Owner owner(ProjectJpaEntity entity) {
    return owner(entity.getOwnerId(), entity.getOwnerType());
  }

  default Owner owner(ProjectSummaryRow row) {
    return owner(row.ownerId(), row.ownerType());
  }

  default Owner owner(String id, String type) {
    return new Owner(
        id,
        OwnerType.parse(type)
            .getOrElseThrow(() -> new IllegalStateException("unknown owner type " + type)));
  }

  default UUID uuid(ProjectId id) {
    return id.value();
  }

  default ProjectId projectId(UUID id) {
    return new ProjectId(id);
  }

  default String text(ProjectName name) {
    return name.value();
  }

  default ProjectName projectName(String name) {
    return new ProjectName(name);
  }

  default String text(Engine engine) {
    return engine.displayName();
  }

  default Engine engine(String engine) {
    return Engine.parse(engine)
        .getOrElseThrow(() -> new IllegalStateException("unknown engine " + engine));
  }

  default String text(OwnerType type) {
    return type.wireName();
  }

  default String text(UserId id) {
    return id.value();
  }

  default UserId userId(String id) {
    return new UserId(id);
  }

  default String json(JsonValue value) {
    return CODEC.write(value);
  }

  default JsonValue json(String text) {
    return CODEC.read(text);
  }

  default long version(Long version) {
    return version == null ? 0 : version;
  }
}
