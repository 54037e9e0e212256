package io.dbkeep.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
  private final UserId alice = new UserId("alice");

  private Project shop() {
    return Project.create(new ProjectName("Shop"), Engine.POSTGRESQL, alice, Option.none(), t0);
  }

  @Test
  void aNewProjectIsUnstoredOwnedByItsCreatorAndEmpty() {
    var project = shop();

    assertThat(project.version()).isZero();
    assertThat(project.owner()).isEqualTo(new Owner("alice", OwnerType.USER));
    assertThat(project.data()).isEqualTo(Project.emptyDocument());
    assertThat(project.createdAt()).isEqualTo(project.updatedAt());
  }

  @Test
  void onlyTheOwningUserMayAccessIt() {
    assertThat(shop().isAccessibleBy(alice)).isTrue();
    assertThat(shop().isAccessibleBy(new UserId("bob"))).isFalse();
  }

  @Test
  void changingKeepsWhatIsNotGivenAndMovesUpdatedAt() {
    var changed =
        shop().change(Option.none(), Option.of(Engine.SQLITE), Option.none(), t0.plusSeconds(10));

    assertThat(changed.name().value()).isEqualTo("Shop");
    assertThat(changed.engine()).isEqualTo(Engine.SQLITE);
    assertThat(changed.createdAt()).isEqualTo(t0);
    assertThat(changed.updatedAt()).isEqualTo(t0.plusSeconds(10));
  }

  @Test
  void aClockGoingBackwardsNeverMovesUpdatedAtBeforeCreatedAt() {
    var changed = shop().change(Option.none(), Option.none(), Option.none(), t0.minusSeconds(1));

    assertThat(changed.updatedAt()).isEqualTo(t0);
  }

  @Test
  void expectingTheWrongVersionIsAMismatchNamingTheCurrentOne() {
    var stored = shop().withVersion(3);

    var error = stored.expectVersion(Option.of(ExpectedVersion.of(2))).getLeft();

    assertThat(error.code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(error.currentVersion()).contains(3L);
    assertThat(error.message()).isEqualTo("The project is at version 3, not 2");
    assertThat(stored.expectVersion(Option.of(ExpectedVersion.of(3))).get()).isEqualTo(stored);
    assertThat(stored.expectVersion(Option.none()).get()).isEqualTo(stored);
  }

  @Test
  void aListOfExpectedVersionsMatchesWhenAnyOfThemIsTheCurrentOne() {
    var stored = shop().withVersion(3);

    assertThat(stored.expectVersion(Option.of(ExpectedVersion.oneOf(List.of(2L, 3L)))).get())
        .isEqualTo(stored);
    assertThat(stored.expectVersion(Option.of(ExpectedVersion.ANY)).get()).isEqualTo(stored);
    var error = stored.expectVersion(Option.of(ExpectedVersion.oneOf(List.of(4L, 1L)))).getLeft();
    assertThat(error.message()).isEqualTo("The project is at version 3, not one of 1, 4");
    var none = stored.expectVersion(Option.of(ExpectedVersion.NONE)).getLeft();
    assertThat(none.message()).contains("If-Match names no version of it (send its ETag, \"3\")");
  }

  @Test
  void anExpectedVersionIsNeverNegativeAndNotBothAnyAndListed() {
    assertThat(ExpectedVersion.oneOf(List.of(-1L, 2L))).isEqualTo(ExpectedVersion.of(2));
    assertThat(ExpectedVersion.oneOf(List.of(-1L))).isEqualTo(ExpectedVersion.NONE);
    assertThatThrownBy(() -> ExpectedVersion.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpectedVersion(true, io.vavr.collection.TreeSet.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDuplicateIsANewUnstoredProjectWithTheSameDocument() {
    var stored =
        Project.create(
                new ProjectName("Shop"), Engine.MYSQL, alice, Option.of(JsonObject.empty()), t0)
            .withVersion(4);

    var copy = stored.duplicateFor(alice, t0.plusSeconds(1));

    assertThat(copy.id()).isNotEqualTo(stored.id());
    assertThat(copy.version()).isZero();
    assertThat(copy.name().value()).isEqualTo("Shop (copy)");
    assertThat(copy.engine()).isEqualTo(Engine.MYSQL);
    assertThat(copy.data()).isEqualTo(JsonObject.empty());
    assertThat(copy.createdAt()).isEqualTo(t0.plusSeconds(1));
  }

  @Test
  void updatedAtBeforeCreatedAtIsRefused() {
    var project = shop();
    assertThatThrownBy(
            () ->
                new Project(
                    project.id(),
                    project.name(),
                    project.engine(),
                    alice,
                    project.owner(),
                    project.data(),
                    t0,
                    t0.minusSeconds(1),
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
