package io.dbkeep.bootstrap.designer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.dbkeep.bootstrap.browser.Chromium;
import io.dbkeep.bootstrap.browser.JarProcess;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema editor in headless Chromium against the packaged jar, operated by accessible names
 * only: a new user builds the blog sample by hand (tables, typed columns with parameters, keys, a
 * relation of each kind, one drawn by dragging between column handles, the others from the relation
 * dialog, a self reference), undoes and redoes, sees the SQL, saves, reloads and finds exactly that
 * document through the API; then a VARCHAR column related to a SERIAL key shows up in the Problems
 * region, and clicking the problem selects the relation. Screenshots go to {@code
 * target/designer-screenshots} (the figures in docs/designer.md come from there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignerCanvasBrowserIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PROJECT_URL = Pattern.compile(".*/projects/([0-9a-f-]{36})$");

  private JarProcess server;
  private Chromium chromium;

  @BeforeAll
  void start() throws Exception {
    server =
        JarProcess.start(Map.of("DATABASE_URL", DATABASE.databaseUrl(), "RATE_LIMIT_MAX", "1000"));
    chromium = Chromium.launch("dbkeep.designer.screenshots", "target/designer-screenshots");
  }

  @AfterAll
  void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPersonBuildsTheBlogSampleByHandUndoesRedoesSavesAndFindsItAfterAReload() {
    try (var context = newContext()) {
      var page = context.newPage();
      var id = signUpAndCreateProject(page, "Blog", "PostgreSQL");

      // Tables and columns, each through the side panel's labelled fields.
      addTable(page, "users");
      addColumn(page, "email", "VARCHAR");
      column(page, "email").getByLabel("Length").fill("255");
      column(page, "email").getByLabel("Nullable", exactIn()).uncheck();
      column(page, "email").getByLabel("Unique", exactIn()).check();
      addColumn(page, "display_name", "VARCHAR");
      column(page, "display_name").getByLabel("Length").fill("80");

      addTable(page, "posts");
      column(page, "id").getByLabel("Column type").selectOption("BIGSERIAL");
      addColumn(page, "author_id", "INTEGER");
      column(page, "author_id").getByLabel("Nullable", exactIn()).uncheck();
      addColumn(page, "title", "VARCHAR");
      column(page, "title").getByLabel("Length").fill("200");
      addColumn(page, "rating", "DECIMAL");
      column(page, "rating").getByLabel("Precision").fill("3");
      column(page, "rating").getByLabel("Scale").fill("1");
      addColumn(page, "parent_id", "BIGINT");

      addTable(page, "comments");
      column(page, "id").getByLabel("Auto increment").uncheck();
      column(page, "id").getByLabel("Column type").selectOption("BIGINT");
      column(page, "id").getByLabel("Auto increment").check();
      addColumn(page, "post_id", "BIGINT");
      addColumn(page, "author_id", "INTEGER");
      addColumn(page, "body", "TEXT");
      addColumn(page, "created_at", "TIMESTAMPTZ");
      column(page, "created_at").getByLabel("Default").fill("now()");
      column(page, "created_at").getByLabel("Comment").fill("when it was written");

      addTable(page, "tags");
      addColumn(page, "label", "VARCHAR");

      addTable(page, "profiles");
      addColumn(page, "user_id", "INTEGER");
      column(page, "user_id").getByLabel("Unique", exactIn()).check();
      assertThat(page.getByLabel("Table profiles", exact())).isVisible();
      shot(page, "tables");

      // One relation drawn by dragging from a column's handle to another column's handle.
      button(page, "Zoom to fit").click();
      page.waitForTimeout(500); // the zoom is animated; handles move until it ends
      drag(
          page,
          page.getByLabel("Connect comments.post_id (right)"),
          page.getByLabel("Connect posts.id (left)"));
      var drawn =
          page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New relation"));
      assertThat(drawn).isVisible();
      assertThat(drawn.getByLabel("Source column").locator("option:checked")).hasText("post_id");
      assertThat(drawn.getByLabel("Target table").locator("option:checked")).hasText("posts");
      drawn.getByLabel("On delete").selectOption("CASCADE");
      shot(page, "relation-dialog");
      drawn
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create relation"))
          .click();
      assertThat(drawn).isHidden();

      // The others from the dialog, as a keyboard user would.
      addRelation(page, "posts", "author_id", "users", "id", "1:N", "CASCADE");
      addRelation(page, "comments", "author_id", "users", "id", "1:N", "SET NULL");
      addRelation(page, "profiles", "user_id", "users", "id", "1:1", "CASCADE");
      addRelation(page, "posts", "id", "tags", "id", "N:M", "CASCADE");
      addRelation(page, "posts", "parent_id", "posts", "id", "1:N", "SET NULL");
      assertThat(page.getByLabel("Relation posts.parent_id to posts.id")).hasCount(1);
      assertThat(relationLines(page)).hasCount(6);

      // Undo takes back the self reference, redo brings it back (buttons and keys).
      button(page, "Undo").click();
      assertThat(relationLines(page)).hasCount(5);
      page.keyboard().press("Control+Shift+Z");
      assertThat(relationLines(page)).hasCount(6);
      page.keyboard().press("Control+Z");
      assertThat(relationLines(page)).hasCount(5);
      button(page, "Redo").click();
      assertThat(relationLines(page)).hasCount(6);

      // The SQL preview shows the server's DDL for the engine.
      button(page, "Show SQL").click();
      var sql = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("SQL preview"));
      assertThat(sql).containsText("CREATE TABLE \"comments\"");
      assertThat(sql).containsText("REFERENCES \"posts\"");
      var problems =
          page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Problems"));
      assertThat(problems).containsText("0 errors");
      button(page, "Auto layout").click();
      page.waitForTimeout(800);
      shot(page, "editor");

      button(page, "Save").click();
      assertThat(page.getByText("All changes saved").first()).isVisible();
      page.reload();
      assertThat(page.getByLabel("Table comments", exact())).isVisible();
      assertThat(relationLines(page)).hasCount(6);

      var data = projectData(page, id);
      assertThat(names(data.path("tables")))
          .containsExactly("users", "posts", "comments", "tags", "profiles");
      var users = table(data, "users");
      assertThat(columnSummaries(users))
          .containsExactly(
              "id SERIAL pk", "email VARCHAR(255) unique not-null", "display_name VARCHAR(80)");
      assertThat(columnSummaries(table(data, "posts")))
          .containsExactly(
              "id BIGSERIAL pk",
              "author_id INTEGER not-null",
              "title VARCHAR(200)",
              "rating DECIMAL(3,1)",
              "parent_id BIGINT");
      var createdAt = column(table(data, "comments"), "created_at");
      assertThat(createdAt.path("default").asString()).isEqualTo("now()");
      assertThat(createdAt.path("comment").asString()).isEqualTo("when it was written");
      assertThat(column(table(data, "comments"), "id").path("type").asString())
          .isEqualTo("BIGSERIAL");
      assertThat(relationSummaries(data))
          .containsExactlyInAnyOrder(
              "comments.post_id -> posts.id 1:N CASCADE",
              "posts.author_id -> users.id 1:N CASCADE",
              "comments.author_id -> users.id 1:N SET NULL",
              "profiles.user_id -> users.id 1:1 CASCADE",
              "posts.id -> tags.id N:M CASCADE",
              "posts.parent_id -> posts.id 1:N SET NULL");
    }
  }

  @Test
  void aVarcharColumnRelatedToASerialKeyIsListedInProblemsAndAClickSelectsTheRelation() {
    try (var context = newContext()) {
      var page = context.newPage();
      var id = signUpAndCreateProject(page, "Legacy", "PostgreSQL");
      addTable(page, "users");
      addTable(page, "orders");
      addColumn(page, "user_ref", "VARCHAR");
      var problems =
          page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Problems"));
      assertThat(problems).containsText("0 errors");

      addRelation(page, "orders", "user_ref", "users", "id", "1:N", "NO ACTION");
      assertThat(problems).containsText("INCOMPATIBLE_TYPES");
      assertThat(problems).containsText("1 error");
      shot(page, "problems");

      // A click on the problem selects the relation (its panel offers to edit it).
      problems
          .getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions().setName(Pattern.compile("INCOMPATIBLE_TYPES")))
          .click();
      assertThat(button(page, "Edit relation")).isVisible();

      // The SQL preview refuses with the server's message instead of DDL.
      button(page, "Show SQL").click();
      var sql = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("SQL preview"));
      assertThat(sql).containsText("see Problems");

      // Making the column an INTEGER clears the problem; undo brings it back.
      page.getByLabel("Table orders", exact()).click();
      column(page, "user_ref").getByLabel("Column type").selectOption("INTEGER");
      assertThat(problems).containsText("0 errors");
      page.keyboard().press("Control+Z");
      assertThat(problems).containsText("INCOMPATIBLE_TYPES");

      // The save keeps the relation (never lose work), and after a reload it is still listed.
      button(page, "Save").click();
      assertThat(page.getByText("All changes saved").first()).isVisible();
      page.reload();
      assertThat(page.getByLabel("Relation orders.user_ref to users.id")).hasCount(1);
      assertThat(problems).containsText("INCOMPATIBLE_TYPES");
      assertThat(relationSummaries(projectData(page, id)))
          .containsExactly("orders.user_ref -> users.id 1:N NO ACTION");
    }
  }

  @Test
  void tablesAreCopiedPastedMultiSelectedDeletedWithTheKeyAndBroughtBackByUndo() {
    try (var context = newContext()) {
      var page = context.newPage();
      var id = signUpAndCreateProject(page, "Keys", "PostgreSQL");
      addTable(page, "users");
      addTable(page, "posts");
      addColumn(page, "author_id", "INTEGER");
      addRelation(page, "posts", "author_id", "users", "id", "1:N", "CASCADE");
      button(page, "Zoom to fit").click();
      page.waitForTimeout(500);

      // Ctrl+C / Ctrl+V: a copy of users, named users_2, selected.
      page.getByLabel("Table users", exact()).click();
      page.keyboard().press("Control+C");
      page.keyboard().press("Control+V");
      assertThat(page.getByLabel("Table users_2", exact())).isVisible();
      assertThat(page.getByLabel("Table name")).hasValue("users_2");

      // Shift+click adds posts to the selection; Delete removes both (and posts' relation).
      page.getByLabel("Table posts", exact())
          .click(
              new Locator.ClickOptions()
                  .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
      assertThat(page.getByText("2 elements selected")).isVisible();
      page.keyboard().press("Delete");
      assertThat(page.getByLabel("Table users_2", exact())).hasCount(0);
      assertThat(page.getByLabel("Table posts", exact())).hasCount(0);
      assertThat(relationLines(page)).hasCount(0);
      page.keyboard().press("Control+Z");
      assertThat(page.getByLabel("Table users_2", exact())).isVisible();
      assertThat(page.getByLabel("Table posts", exact())).isVisible();
      assertThat(relationLines(page)).hasCount(1);

      // Shift+drag over the whole canvas selects every table; Delete, then undo.
      button(page, "Zoom to fit").click();
      page.waitForTimeout(500);
      var pane = page.locator(".vue-flow__pane").boundingBox();
      page.keyboard().down("Shift");
      page.mouse().move(pane.x + 4, pane.y + 4);
      page.mouse().down();
      page.mouse()
          .move(
              pane.x + pane.width - 4,
              pane.y + pane.height - 4,
              new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
      page.mouse().up();
      page.keyboard().up("Shift");
      assertThat(page.getByText("3 elements selected")).isVisible();
      shot(page, "multi-select");
      page.keyboard().press("Delete");
      assertThat(page.getByLabel(Pattern.compile("^Table (users|posts|users_2)$"))).hasCount(0);
      button(page, "Undo").click();
      assertThat(page.getByLabel(Pattern.compile("^Table (users|posts|users_2)$"))).hasCount(3);

      button(page, "Save").click();
      assertThat(page.getByText("All changes saved").first()).isVisible();
      var data = projectData(page, id);
      assertThat(names(data.path("tables"))).containsExactly("users", "posts", "users_2");
      assertThat(relationSummaries(data))
          .containsExactly("posts.author_id -> users.id 1:N CASCADE");
    }
  }

  @Test
  void theDiagramIsExportedAsSvgPngDbmlAndMermaidFilesWithItsTables() throws Exception {
    try (var context = newContext()) {
      var page = context.newPage();
      signUpAndCreateProject(page, "Pictures", "PostgreSQL");
      addTable(page, "authors");
      addTable(page, "books");
      addColumn(page, "author_id", "INTEGER");
      addRelation(page, "books", "author_id", "authors", "id", "1:N", "CASCADE");

      var svg = page.waitForDownload(() -> button(page, "Export SVG").click());
      assertThat(svg.suggestedFilename()).isEqualTo("Pictures.svg");
      var text = Files.readString(svg.path());
      assertThat(text).contains("<svg").contains("authors").contains("books").contains("author_id");

      // DBML and Mermaid come from the server's writers (POST /api/schema/export).
      var dbml = page.waitForDownload(() -> button(page, "Export DBML").click());
      assertThat(dbml.suggestedFilename()).isEqualTo("Pictures.dbml");
      assertThat(Files.readString(dbml.path())).contains("authors").contains("author_id");
      var mermaid = page.waitForDownload(() -> button(page, "Export Mermaid").click());
      assertThat(mermaid.suggestedFilename()).isEqualTo("Pictures.mmd");
      assertThat(Files.readString(mermaid.path())).contains("erDiagram").contains("books");

      var png = page.waitForDownload(() -> button(page, "Export PNG").click());
      assertThat(png.suggestedFilename()).isEqualTo("Pictures.png");
      var bytes = Files.readAllBytes(png.path());
      assertThat(java.util.Arrays.copyOf(bytes, 8))
          .containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
      var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
      assertThat(image.getWidth()).isGreaterThan(300);
      assertThat(image.getHeight()).isGreaterThan(100);
      // Not a blank picture: some pixels are neither white nor transparent.
      int drawn = 0;
      for (int x = 0; x < image.getWidth(); x += 4) {
        for (int y = 0; y < image.getHeight(); y += 4) {
          if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
            drawn++;
          }
        }
      }
      assertThat(drawn).isGreaterThan(50);
      Files.copy(
          png.path(),
          chromium.screenshots().resolve("canvas-export.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      chromium.toDocs(chromium.screenshots().resolve("canvas-export.png"));
    }
  }

  @Test
  void aTableDraggedIntoAGroupBecomesAMemberAndUndoTakesItOutAgain() {
    try (var context = newContext()) {
      var page = context.newPage();
      var id = signUpAndCreateProject(page, "Groups", "PostgreSQL");
      addTable(page, "orders");
      button(page, "Add group").click();
      page.getByLabel("Group name").fill("sales");
      button(page, "Zoom to fit").click();
      page.waitForTimeout(500);

      var group = page.getByLabel("Group sales", exact()).boundingBox();
      var table = page.getByLabel("Table orders", exact()).boundingBox();
      page.mouse().move(table.x + 30, table.y + 12);
      page.mouse().down();
      page.mouse()
          .move(
              group.x + group.width / 2 - table.width / 2 + 30,
              group.y + group.height / 2 - table.height / 2 + 12,
              new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
      page.mouse().up();
      button(page, "Save").click();
      assertThat(page.getByText("All changes saved").first()).isVisible();
      var data = projectData(page, id);
      var groupId = data.path("groups").get(0).path("id").asString();
      assertThat(table(data, "orders").path("parentNode").asString()).isEqualTo(groupId);
      shot(page, "group-drop");

      button(page, "Undo").click();
      button(page, "Save").click();
      assertThat(page.getByText("All changes saved").first()).isVisible();
      assertThat(table(projectData(page, id), "orders").has("parentNode")).isFalse();
    }
  }

  // ---- steps ---------------------------------------------------------------------------------

  private BrowserContext newContext() {
    var context = chromium.newContext(1400, 900);
    return context;
  }

  private String signUpAndCreateProject(Page page, String name, String engine) {
    page.navigate(server.url("/sign-up"));
    assertThat(heading(page, "Create account")).isVisible();
    page.getByLabel("Name").fill("Ada");
    page.getByLabel("Email").fill("ada-" + UUID.randomUUID() + "@example.com");
    page.getByLabel("Password").fill("correct horse battery");
    button(page, "Create account").click();
    assertThat(heading(page, "Projects")).isVisible();
    button(page, "New project").click();
    page.getByLabel("Project name").fill(name);
    page.getByLabel("Engine").selectOption(engine);
    button(page, "Create").click();
    assertThat(page).hasURL(PROJECT_URL);
    assertThat(button(page, "Add table")).isVisible();
    var matcher = PROJECT_URL.matcher(page.url());
    assertThat(matcher.matches()).isTrue();
    return matcher.group(1);
  }

  private static void addTable(Page page, String name) {
    button(page, "Add table").click();
    page.getByLabel("Table name").fill(name);
    assertThat(page.getByLabel("Table " + name, exact())).isVisible();
  }

  private static void addColumn(Page page, String name, String type) {
    button(page, "Add column").click();
    page.getByLabel("Column name").last().fill(name);
    column(page, name).getByLabel("Column type").selectOption(type);
  }

  /** The selected table's editor row of one column (a group named "Column name"). */
  private static Locator column(Page page, String name) {
    return page.getByRole(
        AriaRole.GROUP, new Page.GetByRoleOptions().setName("Column " + name).setExact(true));
  }

  private static void addRelation(
      Page page,
      String sourceTable,
      String sourceColumn,
      String targetTable,
      String targetColumn,
      String type,
      String onDelete) {
    button(page, "Add relation").click();
    var dialog =
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New relation"));
    dialog.getByLabel("Source table").selectOption(new SelectOption().setLabel(sourceTable));
    dialog.getByLabel("Source column").selectOption(new SelectOption().setLabel(sourceColumn));
    dialog.getByLabel("Target table").selectOption(new SelectOption().setLabel(targetTable));
    dialog.getByLabel("Target column").selectOption(new SelectOption().setLabel(targetColumn));
    dialog.getByLabel("Relation type").selectOption(type);
    dialog.getByLabel("On delete").selectOption(onDelete);
    // Enter in a field creates the relation, as the keyboard path.
    dialog.getByLabel("On update").press("Enter");
    assertThat(dialog).isHidden();
    assertThat(
            page.getByLabel(
                "Relation "
                    + sourceTable
                    + "."
                    + sourceColumn
                    + " to "
                    + targetTable
                    + "."
                    + targetColumn))
        .hasCount(1);
  }

  private static void drag(Page page, Locator from, Locator to) {
    var a = from.boundingBox();
    var b = to.boundingBox();
    page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
    page.mouse().down();
    page.mouse()
        .move(
            (a.x + b.x) / 2,
            (a.y + b.y) / 2 + 20,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
    page.mouse()
        .move(
            b.x + b.width / 2,
            b.y + b.height / 2,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
    page.mouse().up();
  }

  private static Locator relationLines(Page page) {
    return page.getByLabel(Pattern.compile("^Relation \\w+\\.\\w+ to \\w+\\.\\w+$"));
  }

  private JsonNode projectData(Page page, String id) {
    var answer = page.request().get(server.url("/api/projects/" + id));
    assertThat(answer.status()).isEqualTo(200);
    return JSON.readTree(answer.text()).path("data");
  }

  private static List<String> names(JsonNode array) {
    var names = new ArrayList<String>();
    array.forEach(element -> names.add(element.path("name").asString()));
    return names;
  }

  private static JsonNode table(JsonNode data, String name) {
    for (var table : data.path("tables")) {
      if (table.path("name").asString().equals(name)) {
        return table;
      }
    }
    throw new AssertionError("no table " + name + " in " + data);
  }

  private static JsonNode column(JsonNode table, String name) {
    for (var column : table.path("columns")) {
      if (column.path("name").asString().equals(name)) {
        return column;
      }
    }
    throw new AssertionError("no column " + name + " in " + table);
  }

  /**
   * "email VARCHAR(255) unique not-null": name, type with parameters, and the flags that are set.
   */
  private static List<String> columnSummaries(JsonNode table) {
    var summaries = new ArrayList<String>();
    for (var column : table.path("columns")) {
      var text = new StringBuilder(column.path("name").asString()).append(' ');
      text.append(column.path("type").asString());
      if (column.has("length")) {
        text.append('(').append(column.path("length").asInt()).append(')');
      }
      if (column.has("precision")) {
        text.append('(').append(column.path("precision").asInt());
        if (column.has("scale")) {
          text.append(',').append(column.path("scale").asInt());
        }
        text.append(')');
      }
      var primaryKey = column.path("primaryKey").asBoolean(false);
      if (primaryKey) {
        text.append(" pk");
      }
      if (column.path("unique").asBoolean(false) && !primaryKey) {
        text.append(" unique");
      }
      if (!column.path("nullable").asBoolean(true) && !primaryKey) {
        text.append(" not-null");
      }
      summaries.add(text.toString());
    }
    return summaries;
  }

  private static List<String> relationSummaries(JsonNode data) {
    var tables = new HashMap<String, JsonNode>();
    data.path("tables").forEach(table -> tables.put(table.path("id").asString(), table));
    var summaries = new ArrayList<String>();
    for (var relation : data.path("relations")) {
      var source = tables.get(relation.path("sourceTableId").asString());
      var target = tables.get(relation.path("targetTableId").asString());
      summaries.add(
          source.path("name").asString()
              + "."
              + columnName(source, relation.path("sourceColumnId").asString())
              + " -> "
              + target.path("name").asString()
              + "."
              + columnName(target, relation.path("targetColumnId").asString())
              + " "
              + relation.path("type").asString()
              + " "
              + relation.path("onDelete").asString());
    }
    return summaries;
  }

  private static String columnName(JsonNode table, String id) {
    for (var column : table.path("columns")) {
      if (column.path("id").asString().equals(id)) {
        return column.path("name").asString();
      }
    }
    return "?";
  }

  private static Locator.GetByLabelOptions exactIn() {
    return new Locator.GetByLabelOptions().setExact(true);
  }

  private static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }

  private static Locator heading(Page page, String name) {
    return page.getByRole(
        AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private void shot(Page page, String name) {
    chromium.shot(page, "canvas-" + name);
  }
}
