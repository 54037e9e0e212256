package io.dbkeep.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void displayNamesAndAliasesParseCaseInsensitively() {
    assertThat(Engine.parse("PostgreSQL")).contains(Engine.POSTGRESQL);
    assertThat(Engine.parse("postgres")).contains(Engine.POSTGRESQL);
    assertThat(Engine.parse("MYSQL")).contains(Engine.MYSQL);
    assertThat(Engine.parse("mariadb")).contains(Engine.MYSQL);
    assertThat(Engine.parse("sqlite")).contains(Engine.SQLITE);
  }

  @Test
  void unknownEnginesAreNone() {
    assertThat(Engine.parse("Oracle")).isEmpty();
    assertThat(Engine.parse(null)).isEmpty();
  }
}
