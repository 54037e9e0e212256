package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

  @Test
  void aPostgresUrlBecomesAJdbcUrlWithCredentialsApart() {
    var url = DatabaseUrl.parse("postgres://alice:s3cret@db.example.com:6543/shop");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop");
    assertThat(url.username()).isEqualTo("alice");
    assertThat(url.password()).isEqualTo("s3cret");
  }

  @Test
  void parametersSuchAsSslModePassThrough() {
    var url = DatabaseUrl.parse("postgresql://u@h/db?sslmode=require&sslrootcert=/etc/ca.pem");

    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require&sslrootcert=/etc/ca.pem");
    assertThat(url.password()).isNull();
  }

  @Test
  void escapedCharactersInThePasswordAreDecoded() {
    var url = DatabaseUrl.parse("postgresql://u:p%40ss%3Aw%2Fo+rd@localhost/db");

    assertThat(url.password()).isEqualTo("p@ss:w/o+rd");
  }

  @Test
  void ipv6HostsAreKeptInBrackets() {
    assertThat(DatabaseUrl.parse("postgresql://u@[::1]:5433/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5433/db");
  }

  @Test
  void aMissingDatabaseMeansPostgres() {
    assertThat(DatabaseUrl.parse("postgres://localhost").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/postgres");
  }

  @Test
  void jdbcUrlsAreTakenAsTheyAre() {
    var text = "jdbc:postgresql://localhost:5432/dbkeep?user=x&password=y";

    assertThat(DatabaseUrl.parse(text).jdbcUrl()).isEqualTo(text);
  }

  @Test
  void theDefaultParses() {
    var url = DatabaseUrl.parse(DatabaseUrl.DEFAULT);

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/dbkeep");
    assertThat(url.username()).isEqualTo("postgres");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mysql://u:hunter2@h/db",
        "postgres://u:hunter2@h:notaport/db",
        "postgres://u:hunter2@/db",
        "postgres://u:hunter2@h:99999/db",
        "jdbc:postgresql:dbkeep?password=hunter2",
        "postgres://u:hunter2@h/d b",
        "hunter2"
      })
  void malformedUrlsAreConfigurationErrorsThatNeverShowThePassword(String text) {
    assertThatThrownBy(() -> DatabaseUrl.parse(text))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DATABASE_URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void maskingHidesUserInfoAndParameterPasswords() {
    assertThat(DatabaseUrl.mask("postgres://u:pw@h/db?password=pw2&x=1"))
        .isEqualTo("postgres://u:****@h/db?password=****&x=1");
  }

  @Test
  void displayNeverShowsThePassword() {
    var url = DatabaseUrl.parse("postgres://alice:s3cret@h/db");

    assertThat(url.display()).doesNotContain("s3cret").contains("alice");
    assertThat(url.toString()).doesNotContain("s3cret");
  }
}
