package io.dbkeep.adapter.out.persistence.user;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/** The user out-ports on PostgreSQL through Jakarta Persistence. */
public final class UserPersistenceAdapter implements LoadUserPort, SaveUserPort {

  private static final UserJpaMapper MAPPER = UserJpaMapper.INSTANCE;

  private final JpaUnitOfWork unitOfWork;

  public UserPersistenceAdapter(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Option<User> load(UserId id) {
    return Option.of(unitOfWork.currentEntityManager().find(UserJpaEntity.class, id.value()))
        .map(MAPPER::toDomain);
  }

  @Override
  public boolean insertIfAbsent(User user) {
    var row = MAPPER.toEntity(user);
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (var insert =
                  connection.prepareStatement(
                      "insert into \"user\" (id, name, email, email_verified, image, role, banned,"
                          + " ban_reason, ban_expires, created_at, updated_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing")) {
                insert.setString(1, row.getId());
                insert.setString(2, row.getName());
                insert.setString(3, row.getEmail());
                insert.setBoolean(4, row.isEmailVerified());
                insert.setString(5, row.getImage());
                insert.setString(6, row.getRole());
                insert.setBoolean(7, row.isBanned());
                insert.setString(8, row.getBanReason());
                insert.setObject(9, utc(row.getBanExpires()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(10, utc(row.getCreatedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(11, utc(row.getUpdatedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                return insert.executeUpdate() == 1;
              }
            });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
