package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.project.AnnotateProjectVersionPort;
import io.dbkeep.application.port.out.project.DeleteProjectPort;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.RestoreProjectVersionPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.project.VersionRetention;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the project-version ports promises. Run against the in-memory fake
 * and the PostgreSQL adapter.
 */
public abstract class ProjectVersionsContract {

  /** The ports under test, all over one store. */
  public record Ports(
      UnitOfWork unitOfWork,
      SaveProjectPort save,
      LoadProjectPort load,
      DeleteProjectPort delete,
      SaveUserPort saveUser,
      RecordProjectVersionPort record,
      ReadProjectVersionsPort read,
      AnnotateProjectVersionPort annotate,
      RestoreProjectVersionPort restore) {}

  /** Fresh ports over an empty store, forgetting versions as {@code retention} says. */
  protected abstract Ports freshPorts(VersionRetention retention);

  private final Instant t0 = Instant.parse("2026-03-01T10:00:00.123456Z");
  private Ports ports;
  private User alice;

  @BeforeEach
  void setUp() {
    use(VersionRetention.KEEP_ALL);
  }

  private void use(VersionRetention retention) {
    ports = freshPorts(retention);
    alice = user("alice");
    tx(() -> ports.saveUser().insertIfAbsent(alice));
  }

  @Test
  void recordingCopiesTheStoredStateAndNumbersFromOne() {
    var project = created("Shop", document("orders"));

    var first = tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    var changed = saved(project, "Store", Engine.SQLITE, document("orders", "lines"), 5);
    var second =
        tx(
            () ->
                ports
                    .record()
                    .recordVersion(changed.id(), alice.id(), VersionNotes.message("two tables")));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    var v1 = tx(() -> ports.read().readVersion(project.id(), 1, false)).get();
    assertThat(v1.name().value()).isEqualTo("Shop");
    assertThat(v1.engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(v1.revision()).isEqualTo(1);
    assertThat(v1.author()).isEqualTo(alice.id());
    assertThat(v1.createdAt()).isEqualTo(t0);
    assertThat(v1.dataJson()).isEmpty();
    var v2 = tx(() -> ports.read().readVersion(project.id(), 2, true)).get();
    assertThat(v2.name().value()).isEqualTo("Store");
    assertThat(v2.engine()).isEqualTo(Engine.SQLITE);
    assertThat(v2.revision()).isEqualTo(2);
    assertThat(v2.createdAt()).isEqualTo(t0.plusSeconds(5));
    assertThat(v2.notes()).isEqualTo(VersionNotes.message("two tables"));
    assertThat(v2.dataJson().get()).contains("lines");
    assertThat(tx(() -> ports.read().versionDocument(project.id(), 1)))
        .contains(document("orders"));
    assertThat(tx(() -> ports.read().versionDocument(project.id(), 2)))
        .contains(document("orders", "lines"));
    assertThat(tx(() -> ports.read().readVersion(project.id(), 3, true))).isEmpty();
    assertThat(tx(() -> ports.read().versionDocument(project.id(), 3))).isEmpty();
  }

  @Test
  void listingIsNewestFirstPagedByNumberAndWithoutDocuments() {
    var project = created("Shop", document("a"));
    for (int i = 0; i < 5; i++) {
      tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    }

    var firstPage = tx(() -> ports.read().listVersions(project.id(), Option.none(), 2));
    var nextPage = tx(() -> ports.read().listVersions(project.id(), Option.of(4L), 10));

    assertThat(firstPage).extracting(ProjectVersion::number).containsExactly(5L, 4L);
    assertThat(nextPage).extracting(ProjectVersion::number).containsExactly(3L, 2L, 1L);
    assertThat(nextPage).allSatisfy(v -> assertThat(v.dataJson()).isEmpty());
    var other = created("Other", document("b"));
    assertThat(tx(() -> ports.read().listVersions(other.id(), Option.none(), 10))).isEmpty();
  }

  @Test
  void annotatingChangesOnlyTheNotes() {
    var project = created("Shop", document("a"));
    tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    var notes = new VersionNotes(Option.of("v1.0"), Option.of("first release"));

    var annotated = tx(() -> ports.annotate().annotateVersion(project.id(), 1, notes));
    var cleared = tx(() -> ports.annotate().annotateVersion(project.id(), 1, VersionNotes.NONE));

    assertThat(annotated.get().notes()).isEqualTo(notes);
    assertThat(annotated.get().name().value()).isEqualTo("Shop");
    assertThat(cleared.get().notes()).isEqualTo(VersionNotes.NONE);
    assertThat(tx(() -> ports.read().versionDocument(project.id(), 1))).contains(document("a"));
    assertThat(tx(() -> ports.annotate().annotateVersion(project.id(), 9, notes))).isEmpty();
  }

  @Test
  void restoringCopiesAVersionIntoTheProjectAtTheExpectedRevisionOnly() {
    var project = created("Shop", document("orders"));
    tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    saved(project, "Store", Engine.MYSQL, document("customers"), 5);

    var at2 = ExpectedVersion.of(2);
    var stale = tx(() -> ports.restore().restoreVersion(project.id(), alice.id(), 1, at(1, 3), t0));
    var none = tx(() -> ports.restore().restoreVersion(project.id(), alice.id(), 1, at(), t0));
    var notOwner =
        tx(() -> ports.restore().restoreVersion(project.id(), new UserId("bob"), 1, at2, t0));
    var missing = tx(() -> ports.restore().restoreVersion(project.id(), alice.id(), 7, at2, t0));
    var restored =
        tx(
            () ->
                ports
                    .restore()
                    .restoreVersion(project.id(), alice.id(), 1, at(1, 2, 9), t0.plusSeconds(9)));

    assertThat(stale).isEmpty();
    assertThat(none).isEmpty();
    assertThat(notOwner).isEmpty();
    assertThat(missing).isEmpty();
    assertThat(restored.get().version()).isEqualTo(3);
    assertThat(restored.get().name().value()).isEqualTo("Shop");
    assertThat(restored.get().engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(restored.get().updatedAt()).isEqualTo(t0.plusSeconds(9));
    var now = tx(() -> ports.load().load(project.id())).get();
    assertThat(now.data()).isEqualTo(document("orders"));
    assertThat(now.version()).isEqualTo(3);
  }

  @Test
  void restoringAtAnyRevisionCopiesWhateverTheProjectIsAt() {
    var project = created("Shop", document("orders"));
    tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    saved(project, "Store", Engine.MYSQL, document("customers"), 5);

    var restored =
        tx(
            () ->
                ports
                    .restore()
                    .restoreVersion(project.id(), alice.id(), 1, ExpectedVersion.ANY, t0));

    assertThat(restored.get().version()).isEqualTo(3);
    assertThat(tx(() -> ports.load().load(project.id())).get().data())
        .isEqualTo(document("orders"));
  }

  private static ExpectedVersion at(long... versions) {
    return ExpectedVersion.oneOf(java.util.Arrays.stream(versions).boxed().toList());
  }

  @Test
  void aRetentionKeepsTheLastNAndEveryLabelledVersion() {
    use(VersionRetention.keepLast(2));
    var project = created("Shop", document("a"));
    tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    tx(
        () ->
            ports
                .record()
                .recordVersion(
                    project.id(),
                    alice.id(),
                    new VersionNotes(Option.of("release"), Option.none())));
    for (int i = 0; i < 4; i++) {
      tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));
    }

    var kept = tx(() -> ports.read().listVersions(project.id(), Option.none(), 100));

    assertThat(kept).extracting(ProjectVersion::number).containsExactly(6L, 5L, 2L);
  }

  @Test
  void aRecordingRolledBackWithItsTransactionLeavesNoVersion() {
    var project = created("Shop", document("a"));

    var result =
        ports
            .unitOfWork()
            .<String, Long>inTransaction(
                () -> {
                  ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE);
                  return Either.left("changed my mind");
                });

    assertThat(result.isLeft()).isTrue();
    assertThat(tx(() -> ports.read().listVersions(project.id(), Option.none(), 10))).isEmpty();
  }

  @Test
  void deletingTheProjectForgetsItsVersions() {
    var project = created("Shop", document("a"));
    tx(() -> ports.record().recordVersion(project.id(), alice.id(), VersionNotes.NONE));

    tx(() -> ports.delete().delete(project.id()));

    assertThat(tx(() -> ports.read().readVersion(project.id(), 1, false))).isEmpty();
  }

  private Project created(String name, JsonObject data) {
    return tx(
        () ->
            ports
                .save()
                .insert(
                    Project.create(
                        new ProjectName(name),
                        Engine.POSTGRESQL,
                        alice.id(),
                        Option.of(data),
                        t0)));
  }

  private Project saved(Project project, String name, Engine engine, JsonObject data, int later) {
    return tx(
        () -> {
          var current = ports.load().loadForUpdate(project.id()).get();
          return ports
              .save()
              .update(
                  current.change(
                      Option.of(new ProjectName(name)),
                      Option.of(engine),
                      Option.of(data),
                      t0.plusSeconds(later)));
        });
  }

  private static JsonObject document(String... tables) {
    var list = new java.util.ArrayList<io.dbkeep.domain.json.JsonValue>();
    for (var table : tables) {
      list.add(new JsonObject(Map.of("name", new JsonString(table))));
    }
    return new JsonObject(Map.of("tables", new JsonArray(list)));
  }

  private User user(String id) {
    return new User(
        new UserId(id),
        id,
        new Email(id + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"),
        false,
        Option.none(),
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        t0,
        t0);
  }

  private <T> T tx(Supplier<T> work) {
    return ports
        .unitOfWork()
        .<RuntimeException, T>inTransaction(() -> Either.right(work.get()))
        .get();
  }
}
