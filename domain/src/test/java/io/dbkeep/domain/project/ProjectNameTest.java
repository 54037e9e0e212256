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
  void characterPostgresqlCannotStoreOrControlCharactersAreRefusedNamingThePlace() {
    var nul = ProjectName.of("a\u0000b", "name").getLeft();
    assertThat(nul.code()).isEqualTo("INVALID_CHARACTER");
    assertThat(nul.path()).isEqualTo("name");
    assertThat(nul.message()).contains("U+0000").contains("character 2");
    assertThat(ProjectName.of("a\uD800", "name").getLeft().message()).contains("unpaired");
    assertThat(ProjectName.of("\uDC00a", "name").getLeft().message()).contains("unpaired");
    assertThat(ProjectName.of("a\u001B[31m", "name").getLeft().message()).contains("U+001B");
    assertThat(ProjectName.of("a\nb", "name").getLeft().code()).isEqualTo("INVALID_CHARACTER");
    assertThat(ProjectName.of("a\u0085b", "name").isLeft()).isTrue();
    assertThat(ProjectName.of("Straße \uD83D\uDE00 \u202Eabc", "name").isRight()).isTrue();
  }

  @Test
  void aStoredNameWithAControlCharacterStillLoads() {
    assertThat(new ProjectName("tab\there").value()).isEqualTo("tab\there");
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
