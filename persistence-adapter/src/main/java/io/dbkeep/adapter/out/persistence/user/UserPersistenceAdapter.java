package io.dbkeep.adapter.out.persistence.user;

import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserPage;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Option;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
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
  public Option<User> loadByEmail(Email email) {
    return Option.ofOptional(
        unitOfWork
            .currentEntityManager()
            .createQuery("select u from User u where u.email = :email", UserJpaEntity.class)
            .setParameter("email", email.value())
            .getResultStream()
            .findFirst()
            .map(MAPPER::toDomain));
  }

  @Override
  public UserPage list(UserQuery query) {
    var entityManager = unitOfWork.currentEntityManager();
    var where = "";
    String pattern = null;
    if (query.search().isDefined()) {
      var column = query.field() == UserQuery.Field.NAME ? "u.name" : "u.email";
      var escaped =
          query
              .search()
              .get()
              .toLowerCase(Locale.ROOT)
              .replace("\\", "\\\\")
              .replace("%", "\\%")
              .replace("_", "\\_");
      pattern =
          switch (query.operator()) {
            case CONTAINS -> "%" + escaped + "%";
            case STARTS_WITH -> escaped + "%";
            case ENDS_WITH -> "%" + escaped;
          };
      where = " where lower(" + column + ") like :pattern escape '\\'";
    }
    var sortColumn =
        switch (query.sortBy()) {
          case EMAIL -> "u.email";
          case NAME -> "u.name";
          case CREATED_AT -> "u.createdAt";
        };
    var page =
        entityManager.createQuery(
            "select u from User u"
                + where
                + " order by "
                + sortColumn
                + (query.descending() ? " desc" : " asc")
                + ", u.id",
            UserJpaEntity.class);
    var count = entityManager.createQuery("select count(u) from User u" + where, Long.class);
    if (pattern != null) {
      page.setParameter("pattern", pattern);
      count.setParameter("pattern", pattern);
    }
    var users =
        page.setFirstResult(query.offset())
            .setMaxResults(query.limit())
            .getResultStream()
            .map(MAPPER::toDomain)
            .toList();
    return new UserPage(users, count.getSingleResult());
  }

  @Override
  public boolean insertIfAbsent(User user) {
    return insert(user, "on conflict (id) do nothing");
  }

  @Override
  public boolean insertIfEmailFree(User user) {
    return insert(user, "on conflict do nothing");
  }

  @Override
  public void update(User user) {
    var entityManager = unitOfWork.currentEntityManager();
    var entity = entityManager.find(UserJpaEntity.class, user.id().value());
    if (entity == null) {
      throw new ConcurrentUpdateException("user " + user.id() + " vanished", null);
    }
    MAPPER.copyChanges(user, entity);
    entityManager.flush();
  }

  @Override
  public boolean delete(UserId id) {
    var entityManager = unitOfWork.currentEntityManager();
    entityManager.flush();
    // Sessions, accounts and projects go with the user (foreign keys cascade).
    var deleted =
        entityManager
            .createQuery("delete from User u where u.id = :id")
            .setParameter("id", id.value())
            .executeUpdate();
    entityManager.clear();
    return deleted > 0;
  }

  private boolean insert(User user, String onConflict) {
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
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          + onConflict)) {
                insert.setString(1, row.getId());
                insert.setString(2, row.getName());
                insert.setString(3, row.getEmail());
                insert.setBoolean(4, row.isEmailVerified());
                insert.setString(5, row.getImage());
                insert.setString(6, row.getRole());
                insert.setBoolean(7, Boolean.TRUE.equals(row.getBanned()));
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
