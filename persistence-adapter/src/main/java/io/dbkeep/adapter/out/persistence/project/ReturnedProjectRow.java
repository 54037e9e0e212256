package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A project row as the native statements return it: {@code name, engine, user_id, owner_id,
 * owner_type, created_at, updated_at, version} in that order, then the document text when asked.
 * One reading for the project and version adapters, so the column order is written down once.
 */
final class ReturnedProjectRow {

  private static final ProjectJpaMapper MAPPER = ProjectJpaMapper.INSTANCE;

  private ReturnedProjectRow() {}

  static StoredProject stored(ProjectId id, Object[] row, Option<String> document) {
    return new StoredProject(
        id,
        new ProjectName((String) row[0]),
        MAPPER.engine((String) row[1]),
        new UserId((String) row[2]),
        MAPPER.owner((String) row[3], (String) row[4]),
        instant(row[5]),
        instant(row[6]),
        ((Number) row[7]).longValue(),
        document);
  }

  /** A timestamp as the driver hands it back through Hibernate's native query. */
  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
