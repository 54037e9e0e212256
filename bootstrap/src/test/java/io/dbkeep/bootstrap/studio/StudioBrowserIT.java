package io.dbkeep.bootstrap.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.bootstrap.StudioServer;
import io.dbkeep.bootstrap.browser.Chromium;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's walk through the Studio in headless Chromium, on DBKeep's own database: open it with
 * the token, see the seed's five tables with counts, open {@code user}, go to page 2, filter by
 * email, edit a name inline and see it after a reload, add a row and delete it, count projects in
 * the SQL console, open the database as a schema project. Every step leaves a screenshot in {@code
 * target/studio-screenshots}; two of them are the documentation's pictures of the Studio
 * (studio-inline-edit, canvas-studio-read-only), replaced with {@code -Ddbkeep.docs.images}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioBrowserIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  static final int USERS = 60;

  private StudioServer studio;
  private Chromium chromium;
  private int step;

  @BeforeAll
  void start() throws Exception {
    PostgresPersistence.start(
            new PersistenceSettings(
                DATABASE.jdbcUrl(),
                DATABASE.user(),
                DATABASE.password(),
                2,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                true))
        .close();
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO \"user\" (id, name, email) SELECT 'u' || lpad(i::text, 3, '0'), 'User ' || lpad(i::text, 3, '0'),"
              + " 'user' || lpad(i::text, 3, '0') || '@example.com' FROM generate_series(1, "
              + USERS
              + ") i");
      statement.execute(
          "INSERT INTO project (name, user_id, owner_id) VALUES ('Blog', 'u001', 'u001'), ('Shop', 'u001', 'u001'),"
              + " ('CRM', 'u002', 'u002')");
    }
    studio =
        StudioServer.start(
            new StudioConfig(
                StudioDatabaseUrl.parse(DATABASE.databaseUrl()),
                "127.0.0.1",
                0,
                false,
                true,
                Duration.ofSeconds(30),
                10_000_000));
    chromium = Chromium.launch("dbkeep.screenshots", "target/studio-screenshots");
  }

  @AfterAll
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (studio != null) {
      studio.close();
    }
  }

  private void shot(Page page, String name) {
    step++;
    chromium.shot(page, String.format("%02d-%s", step, name));
  }

  private static Locator cell(Page page, String label) {
    return page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  @Test
  void aPersonBrowsesEditsAndQueriesTheDatabase() throws SQLException {
    var page =
        chromium
            .browser()
            .newPage(
                new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 900));
    page.setDefaultTimeout(15_000);

    // Open with the token: the seed's five tables with their counts.
    page.navigate(studio.url());
    var tables = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Tables"));
    for (var table : List.of("account", "project", "session", "user", "verification")) {
      assertThat(
              tables.getByRole(
                  AriaRole.BUTTON,
                  new Locator.GetByRoleOptions()
                      .setName(Pattern.compile("^" + table + ", table, "))))
          .isVisible();
    }
    assertThat(
            tables.getByRole(
                AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("user, table, " + USERS + " rows")))
        .isVisible();
    assertThat(
            tables.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("project, table, 3 rows")))
        .isVisible();
    org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("token=");
    shot(page, "tables");

    // Open "user": the first page of 50.
    tables
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName(Pattern.compile("^user, table")))
        .click();
    var grid = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows of user"));
    assertThat(grid).isVisible();
    assertThat(cell(page, "name: User 001")).isVisible();
    assertThat(grid.getByRole(AriaRole.ROW)).hasCount(51);
    shot(page, "user-rows");

    // Page 2, by keyset.
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page")).click();
    assertThat(cell(page, "name: User 051")).isVisible();
    assertThat(grid.getByRole(AriaRole.ROW)).hasCount(USERS - 50 + 1);
    org.assertj.core.api.Assertions.assertThat(page.url()).contains("page=2").contains("after=");
    shot(page, "page-2");

    // Filter: email contains "user007".
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add filter")).click();
    page.getByLabel("Column of filter 1").first().selectOption("email");
    page.getByLabel("Operator of filter 1").selectOption("contains");
    page.getByLabel("Value of filter 1").fill("USER007");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    assertThat(grid.getByRole(AriaRole.ROW)).hasCount(2);
    assertThat(cell(page, "email: user007@example.com")).isVisible();
    org.assertj.core.api.Assertions.assertThat(page.url())
        .contains("filter=email%3Acontains%3AUSER007");
    shot(page, "filtered");

    // Edit the name inline: double-click, type, Enter; still there after a reload.
    cell(page, "name: User 007").dblclick();
    var editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Edit name"));
    editor.fill("Ada Lovelace");
    shot(page, "editing");
    chromium.shot(page, "studio-inline-edit");
    editor.press("Enter");
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Saved name.")))
        .isVisible();
    page.reload();
    assertThat(cell(page, "name: Ada Lovelace")).isVisible();
    try (var connection = DATABASE.connect();
        var result =
            connection
                .createStatement()
                .executeQuery("SELECT name FROM \"user\" WHERE id = 'u007'")) {
      result.next();
      org.assertj.core.api.Assertions.assertThat(result.getString(1)).isEqualTo("Ada Lovelace");
    }
    shot(page, "edited-after-reload");

    // Escape cancels an edit.
    cell(page, "name: Ada Lovelace").dblclick();
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Edit name"))
        .fill("Not saved");
    page.keyboard().press("Escape");
    assertThat(cell(page, "name: Ada Lovelace")).isVisible();

    // Add a row through the form built from the columns.
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add row")).click();
    var form =
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add a row to user"));
    form.getByLabel("id", new Locator.GetByLabelOptions().setExact(true)).fill("u999");
    form.getByLabel("name", new Locator.GetByLabelOptions().setExact(true)).fill("New Person");
    form.getByLabel("email", new Locator.GetByLabelOptions().setExact(true))
        .fill("new.person@example.com");
    shot(page, "add-row");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add row")).click();
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Row added.")))
        .isVisible();

    // Find it, select it, delete it after the confirmation.
    page.getByLabel("Value of filter 1").fill("new.person");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    assertThat(cell(page, "name: New Person")).isVisible();
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select row id u999"))
        .check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete selected (1)"))
        .click();
    var confirm =
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Delete 1 row?"));
    shot(page, "confirm-delete");
    confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Deleted 1 row.")))
        .isVisible();
    assertThat(page.getByText("No rows.")).isVisible();
    try (var connection = DATABASE.connect();
        var result = connection.createStatement().executeQuery("SELECT count(*) FROM \"user\"")) {
      result.next();
      org.assertj.core.api.Assertions.assertThat(result.getInt(1)).isEqualTo(USERS);
    }

    // The SQL console: Ctrl+Enter runs.
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("SQL console")).click();
    var sql = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("SQL"));
    sql.fill("select count(*) from project");
    sql.press("Control+Enter");
    var result =
        page.getByRole(
            AriaRole.TABLE, new Page.GetByRoleOptions().setName("Result 1 of the query"));
    assertThat(
            result.getByRole(
                AriaRole.CELL, new Locator.GetByRoleOptions().setName("3").setExact(true)))
        .isVisible();
    shot(page, "sql-console");

    // A database error shows the database's message and position.
    sql.fill("select count(*) from\nno_such_table");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run")).click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("no_such_table");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("line 2");
    shot(page, "sql-error");

    // Open as schema project: the catalog as a document, drawn, ready to download.
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Schema project")).click();
    var diagram =
        page.getByRole(
            AriaRole.REGION,
            new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Diagram of \\d+ tables and \\d+ relations$")));
    assertThat(diagram).isVisible();
    // The designer's canvas, read-only: its tables are nodes, and there is nothing to edit.
    assertThat(diagram.getByLabel("Table user", new Locator.GetByLabelOptions().setExact(true)))
        .isVisible();
    assertThat(
            diagram.getByRole(
                AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Add table").setExact(true)))
        .hasCount(0);
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(
                    new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^\\d+ tables, [1-9]\\d* relations\\.$"))))
        .isVisible();
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download schema document")))
        .isEnabled();
    var download =
        page.waitForDownload(
            () ->
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Download schema document"))
                    .click());
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
        .endsWith(".dbkeep.json");
    shot(page, "schema-project");
    chromium.shot(page, "canvas-studio-read-only");
    page.close();
  }
}
