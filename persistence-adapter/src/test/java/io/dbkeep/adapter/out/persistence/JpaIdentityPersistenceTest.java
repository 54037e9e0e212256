package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.contract.IdentityPersistenceContract;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The identity persistence contract on real PostgreSQL, and rows the original DBKeep wrote. */
class JpaIdentityPersistenceTest extends IdentityPersistenceContract {

  @RegisterExtension static final StartedPersistence STORE = new StartedPersistence();
  private static final PostgresTestDatabase DATABASE = STORE.database();

  @Override
  protected Ports freshStore() {
    execute("truncate table verification, project, \"user\" cascade");
    var users = STORE.persistence().users();
    var identity = STORE.persistence().identity();
    return new Ports(
        STORE.persistence().unitOfWork(),
        users,
        users,
        identity,
        identity,
        identity,
        identity,
        identity,
        identity);
  }

  @Test
  void aUserRowOfTheOriginalWithNullRoleAndBanReadsAsAnOrdinaryUser() {
    freshStore();
    execute(
        "alter table \"user\" alter column role drop not null,"
            + " alter column banned drop not null");
    try {
      execute(
          "insert into \"user\" (id, name, email, email_verified, role, banned)"
              + " values ('orig-1', 'Old Timer', 'old@example.com', true, null, null)");

      var user =
          STORE
              .persistence()
              .unitOfWork()
              .<RuntimeException, io.vavr.control.Option<io.dbkeep.domain.user.User>>inTransaction(
                  () ->
                      Either.right(
                          STORE.persistence().users().loadByEmail(new Email("old@example.com"))))
              .get();

      assertThat(user.get().id()).isEqualTo(new UserId("orig-1"));
      assertThat(user.get().role()).isEqualTo(Role.USER);
      assertThat(user.get().banned()).isFalse();
    } finally {
      execute("delete from \"user\" where id = 'orig-1'");
      execute(
          "alter table \"user\" alter column role set not null,"
              + " alter column banned set not null");
    }
  }

  @Test
  void sessionTokensAreStoredOnlyAsTheirHash() throws SQLException {
    var store = freshStore();
    execute("insert into \"user\" (id, name, email) values ('u-1', 'Ada', 'ada@example.com')");
    var hash = TokenHash.of("the-secret-token");
    STORE
        .persistence()
        .unitOfWork()
        .inTransaction(
            () -> {
              store
                  .saveSession()
                  .insert(
                      io.dbkeep.domain.identity.Session.start(
                          "s-1",
                          hash,
                          new UserId("u-1"),
                          true,
                          io.dbkeep.domain.identity.SessionPolicy.DEFAULT,
                          java.time.Instant.parse("2026-01-01T00:00:00Z"),
                          io.vavr.control.Option.none(),
                          io.vavr.control.Option.none()));
              return Either.right(true);
            });

    try (var connection = DATABASE.connect();
        var rows = connection.createStatement().executeQuery("select token from session")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo(hash.hex()).doesNotContain("the-secret-token");
    }
  }

  private static void execute(String sql) {
    try (var connection = DATABASE.connect()) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
