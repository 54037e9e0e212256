package io.dbkeep.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIdTest {

  @Test
  void aCanonicalUuidParses() {
    var id = ProjectId.generate();

    assertThat(ProjectId.parse(id.toString())).contains(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "abc", "1-1-1-1-1", "00000000-0000-0000-0000-00000000000g", "' or 1=1 --"})
  void anythingElseIsNone(String text) {
    assertThat(ProjectId.parse(text)).isEmpty();
  }

  @Test
  void nullIsNone() {
    assertThat(ProjectId.parse(null)).isEmpty();
  }
}
