package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.project.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioDatabaseUrlTest {

  @Test
  void readsPostgresUrlsLikeTheServer() {
    var url =
        StudioDatabaseUrl.parse("postgresql://me:s3cret@db.example:5433/shop?sslmode=require");
    assertThat(url.engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/shop?sslmode=require");
    assertThat(url.properties().getProperty("user")).isEqualTo("me");
    assertThat(url.properties().getProperty("password")).isEqualTo("s3cret");
    assertThat(url.display()).doesNotContain("s3cret");
    assertThat(StudioDatabaseUrl.parse("jdbc:postgresql://localhost/x").engine())
        .isEqualTo(Engine.POSTGRESQL);
  }

  @Test
  void readsMysqlAndMariadbUrls() {
    var url = StudioDatabaseUrl.parse("mysql://root:p%40ss@127.0.0.1/shop");
    assertThat(url.engine()).isEqualTo(Engine.MYSQL);
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/shop?sslMode=disable");
    assertThat(url.properties().getProperty("password")).isEqualTo("p@ss");
    assertThat(url.toString()).doesNotContain("p@ss");

    var remote = StudioDatabaseUrl.parse("mariadb://app@db.example:3307/shop?connectTimeout=500");
    assertThat(remote.jdbcUrl())
        .isEqualTo("jdbc:mariadb://db.example:3307/shop?connectTimeout=500");

    assertThat(StudioDatabaseUrl.parse("jdbc:mysql://localhost:3306/shop?user=root").jdbcUrl())
        .isEqualTo("jdbc:mariadb://localhost:3306/shop?user=root&sslMode=disable");
    assertThat(
            StudioDatabaseUrl.parse("jdbc:mariadb://127.0.0.1/shop?sslMode=verify-full").jdbcUrl())
        .isEqualTo("jdbc:mariadb://127.0.0.1/shop?sslMode=verify-full");
  }

  @Test
  void readsSqliteFilesThatExist(@TempDir Path directory) throws Exception {
    var file = Files.createFile(directory.resolve("app.db"));
    var url = StudioDatabaseUrl.parse("jdbc:sqlite:" + file);
    assertThat(url.engine()).isEqualTo(Engine.SQLITE);
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:" + file);
    assertThat(StudioDatabaseUrl.parse("sqlite:" + file).jdbcUrl())
        .isEqualTo("jdbc:sqlite:" + file);
    assertThatThrownBy(
            () -> StudioDatabaseUrl.parse("jdbc:sqlite:" + directory.resolve("missing.db")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no SQLite database");
  }

  @Test
  void refusesOtherSchemesWithoutEchoingSecrets() {
    assertThatThrownBy(() -> StudioDatabaseUrl.parse("oracle://scott:tiger@db/x"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining("tiger");
    assertThatThrownBy(() -> StudioDatabaseUrl.parse("hunter2")).hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> StudioDatabaseUrl.parse(" "))
        .isInstanceOf(ConfigurationException.class);
  }
}
