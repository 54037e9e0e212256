package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.ListProjectsPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the project and user persistence ports promises. Run against the
 * in-memory fake and the JPA adapter on real PostgreSQL.
 */
public abstract class ProjectPersistenceContract {

  /** The ports under test, all over one store. */
  public record Ports(
      UnitOfWork unitOfWork,
      LoadProjectPort load,
      SaveProjectPort save,
      DeleteProjectPort delete,
      ListProjectsPort list,
      LoadUserPort loadUser,
      SaveUserPort saveUser) {}

  /** Fresh ports over an empty store. */
  protected abstract Ports freshPorts();

  private Ports ports;
  private User alice;
  private User bob;
  private final Instant t0 = Instant.parse("2026-01-01T10:00:00.123456Z");

  @BeforeEach
  void setUpStore() {
    ports = freshPorts();
    alice = user("alice", "Alice");
    bob = user("bob", "Bob");
    tx(
        () -> {
          ports.saveUser().insertIfAbsent(alice);
          ports.saveUser().insertIfAbsent(bob);
          return null;
        });
  }

  @Test
  void insertedProjectLoadsEqualAtVersionOne() {
    var project = newProject(alice, "Shop", t0);

    var stored = tx(() -> ports.save().insert(project));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored).isEqualTo(project.withVersion(1));
    assertThat(tx(() -> ports.load().load(project.id()))).contains(stored);
  }

  @Test
  void documentRoundTripsWithNestedValuesNumbersAndUnicode() {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put(
        "tables",
        JsonArray.of(new JsonObject(java.util.Map.of("name", new JsonString("ordér 表")))));
    members.put("exact", new JsonNumber(new BigDecimal("12345678901234567890.000000000001")));
    members.put("flag", JsonBoolean.TRUE);
    members.put("nothing", JsonNull.INSTANCE);
    members.put("quote", new JsonString("it's \"quoted\" \\ \u0001"));
    var document = new JsonObject(members);
    var project =
        Project.create(new ProjectName("Doc"), Engine.MYSQL, alice.id(), Option.of(document), t0);

    tx(() -> ports.save().insert(project));

    assertThat(tx(() -> ports.load().load(project.id())).get().data()).isEqualTo(document);
  }

  @Test
  void updateStoresChangesAndAdvancesTheVersion() {
    var stored = tx(() -> ports.save().insert(newProject(alice, "Shop", t0)));
    var changed =
        stored.change(
            Option.of(new ProjectName("Store")),
            Option.of(Engine.SQLITE),
            Option.of(JsonObject.empty()),
            t0.plusSeconds(5));

    var updated = tx(() -> ports.save().update(changed));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(tx(() -> ports.load().loadForUpdate(stored.id()))).contains(updated);
    assertThat(updated.name().value()).isEqualTo("Store");
    assertThat(updated.engine()).isEqualTo(Engine.SQLITE);
    assertThat(updated.updatedAt()).isEqualTo(t0.plusSeconds(5));
  }

  @Test
  void anUpdateThatChangesNothingStillAdvancesTheVersion() {
    var stored = tx(() -> ports.save().insert(newProject(alice, "Shop", t0)));

    var updated = tx(() -> ports.save().update(stored));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(tx(() -> ports.load().load(stored.id())).get().version()).isEqualTo(2);
  }

  @Test
  void updateFromAStaleVersionIsRefused() {
    var stored = tx(() -> ports.save().insert(newProject(alice, "Shop", t0)));
    tx(() -> ports.save().update(stored.change(rename("A"), Option.none(), Option.none(), t0)));

    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        ports
                            .save()
                            .update(stored.change(rename("B"), Option.none(), Option.none(), t0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(tx(() -> ports.load().load(stored.id())).get().name().value()).isEqualTo("A");
  }

  @Test
  void updateOfAMissingProjectIsRefused() {
    var never = newProject(alice, "Ghost", t0).withVersion(1);

    assertThatThrownBy(() -> tx(() -> ports.save().update(never)))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void insertingAnExistingIdIsRefused() {
    var project = newProject(alice, "Shop", t0);
    tx(() -> ports.save().insert(project));

    assertThatThrownBy(() -> tx(() -> ports.save().insert(project)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteRemovesOnlyThatProject() {
    var keep = tx(() -> ports.save().insert(newProject(alice, "Keep", t0)));
    var drop = tx(() -> ports.save().insert(newProject(alice, "Drop", t0)));

    assertThat(tx(() -> ports.delete().delete(drop.id()))).isTrue();
    assertThat(tx(() -> ports.delete().delete(drop.id()))).isFalse();
    assertThat(tx(() -> ports.load().load(drop.id()))).isEmpty();
    assertThat(tx(() -> ports.load().load(keep.id()))).isNotEmpty();
  }

  @Test
  void listShowsOnlyTheOwnersProjectsNewestFirstWithTheCreatorsName() {
    var older = tx(() -> ports.save().insert(newProject(alice, "Older", t0)));
    var newer = tx(() -> ports.save().insert(newProject(alice, "Newer", t0.plusSeconds(60))));
    tx(() -> ports.save().insert(newProject(bob, "Bob's", t0.plusSeconds(120))));

    var listed = tx(() -> ports.list().listOwnedBy(alice.id()));

    assertThat(listed).extracting(s -> s.id()).containsExactly(newer.id(), older.id());
    assertThat(listed).allSatisfy(s -> assertThat(s.createdByName()).isEqualTo("Alice"));
    assertThat(listed.get(0).version()).isEqualTo(1);
    assertThat(listed.get(0).updatedAt()).isEqualTo(t0.plusSeconds(60));
  }

  @Test
  void aLeftResultRollsEverythingBack() {
    var project = newProject(alice, "Shop", t0);

    var result =
        ports
            .unitOfWork()
            .inTransaction(
                () -> {
                  ports.save().insert(project);
                  return Either.left("refused");
                });

    assertThat(result.getLeft()).isEqualTo("refused");
    assertThat(tx(() -> ports.load().load(project.id()))).isEmpty();
  }

  @Test
  void anExceptionRollsEverythingBack() {
    var project = newProject(alice, "Shop", t0);

    assertThatThrownBy(
            () ->
                ports
                    .unitOfWork()
                    .inTransaction(
                        () -> {
                          ports.save().insert(project);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessageContaining("boom");
    assertThat(tx(() -> ports.load().load(project.id()))).isEmpty();
  }

  @Test
  void portsRefuseToWorkOutsideATransaction() {
    assertThatThrownBy(() -> ports.load().load(newProject(alice, "x", t0).id()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void insertIfAbsentKeepsTheFirstUser() {
    var again = user("alice", "Someone Else");

    assertThat(tx(() -> ports.saveUser().insertIfAbsent(again))).isFalse();
    assertThat(tx(() -> ports.loadUser().load(alice.id()))).contains(alice);
  }

  private Project newProject(User owner, String name, Instant at) {
    return Project.create(new ProjectName(name), Engine.POSTGRESQL, owner.id(), Option.none(), at);
  }

  private static Option<ProjectName> rename(String name) {
    return Option.of(new ProjectName(name));
  }

  private User user(String id, String name) {
    var now = t0.truncatedTo(ChronoUnit.MICROS);
    return new User(
        new UserId(id),
        name,
        new Email(id + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"),
        false,
        Option.none(),
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        now,
        now);
  }

  private <T> T tx(Supplier<T> work) {
    return ports
        .unitOfWork()
        .<RuntimeException, T>inTransaction(() -> Either.right(work.get()))
        .get();
  }
}
