package io.dbkeep.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectNameTest {

  @Test
  void aNameIsTrimmed() {
    assertThat(ProjectName.of("  Shop \t", "name").get().value()).isEqualTo("Shop");
  }

  @Test
  void aBlankNameIsRefusedWithItsPath() {
    var problem = ProjectName.of("   ", "name").getLeft();

    assertThat(problem.path()).isEqualTo("name");
    assertThat(problem.code()).isEqualTo("BLANK");
  }

  @Test
  void aMissingNameIsRefused() {
    assertThat(ProjectName.of(null, "name").getLeft().code()).isEqualTo("REQUIRED");
  }

  @Test
  void twoHundredCharactersAreAllowedAndOneMoreIsNot() {
    assertThat(ProjectName.of("a".repeat(200), "name").isRight()).isTrue();
    assertThat(ProjectName.of("a".repeat(201), "name").getLeft().code()).isEqualTo("TOO_LONG");
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    var emoji = "\uD83D\uDE00";
    assertThat(ProjectName.of(emoji.repeat(200), "name").isRight()).isTrue();
  }

  @Test
  void theConstructorRefusesUntrimmedNames() {
    assertThatThrownBy(() -> new ProjectName(" x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCopyIsNamedAfterTheOriginal() {
    assertThat(new ProjectName("Shop").copyName().value()).isEqualTo("Shop (copy)");
  }

  @Test
  void theCopyOfALongNameStaysWithinTheLimit() {
    var copy = new ProjectName("b".repeat(200)).copyName().value();

    assertThat(copy).hasSize(200).endsWith(" (copy)");
  }
}
