package io.dbkeep.domain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

  @Test
  void versionsOrderPartByPartNumerically() {
    var versions =
        new ArrayList<>(
            List.of(
                SchemaVersion.of("10"),
                SchemaVersion.of("2.1"),
                SchemaVersion.of("2"),
                SchemaVersion.of("1"),
                SchemaVersion.of("2_0_1")));
    versions.sort(null);
    assertThat(versions.stream().map(SchemaVersion::text))
        .containsExactly("1", "2", "2.0.1", "2.1", "10");
    assertThat(SchemaVersion.of("2.0").compareTo(SchemaVersion.of("2"))).isZero();
    assertThat(SchemaVersion.of("999").isNewerThan(SchemaVersion.of("2"))).isTrue();
    assertThat(SchemaVersion.of("2.1").major()).hasToString("2");
  }

  @Test
  void anythingElseIsRefused() {
    for (var text : List.of("", "v1", "1.", "1..2", "-1", "1a")) {
      assertThatThrownBy(() -> SchemaVersion.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
