package io.dbkeep.bootstrap.designer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dbkeep.bootstrap.browser.Chromium;
import io.dbkeep.bootstrap.browser.JarProcess;
import io.dbkeep.testsupport.PostgresTestDatabase;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
 * The designer's pages in headless Chromium against the packaged jar on a real port and real
 * PostgreSQL, found by their accessible names as a screen reader would: sign up, create a project,
 * edit, save, reload; two browsers on one project get the conflict prompt; an edit made offline
 * survives a reload and reaches the server once the network is back; sign out; forgot and reset the
 * password through a real SMTP server (GreenMail); a PostgreSQL DDL imported from the list opens on
 * the canvas. Screenshots go to {@code target/designer-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignerBrowserIT {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PROJECT_URL = Pattern.compile(".*/projects/([0-9a-f-]{36})$");
  private static final Pattern LINK = Pattern.compile("http://\\S+/api/auth/reset-password/\\S+");

  private GreenMail mail;
  private JarProcess server;
  private Chromium chromium;

  @BeforeAll
  void start() throws Exception {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    server =
        JarProcess.start(
            Map.of(
                "DATABASE_URL", DATABASE.databaseUrl(),
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
                "EMAIL_FROM", "DBKeep <noreply@example.com>",
                "RATE_LIMIT_MAX", "1000"));
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
    if (mail != null) {
      mail.stop();
    }
  }

  // ---- the walks -----------------------------------------------------------------------------

  @Test
  void aNewUserSignsUpCreatesAProjectSavesItAndFindsItAfterAReload() {
    try (var context = newContext()) {
      var page = context.newPage();
      page.navigate(server.url("/"));
      assertThat(heading(page, "Sign in")).isVisible();
      shot(page, "sign-in");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account"))
          .click();
      var email = "ada-" + UUID.randomUUID() + "@example.com";
      signUp(page, "Ada", email, "correct horse battery");
      assertThat(heading(page, "Projects")).isVisible();

      var id = createProject(page, "Blog", "PostgreSQL");
      shot(page, "new-project");
      button(page, "Add table").click();
      page.getByLabel("Table name").fill("users");
      page.keyboard().press("Control+S");
      assertThat(saveStatus(page, "All changes saved")).isVisible();
      assertThat(tableNames(page, id)).containsExactly("users");
      shot(page, "editor-saved");

      page.reload();
      assertThat(page.getByText("users").first()).isVisible();
      assertThat(saveStatus(page, "All changes saved")).isVisible();

      page.navigate(server.url("/"));
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Blog")))
          .isVisible();
      shot(page, "project-list");

      button(page, "Sign out").click();
      assertThat(heading(page, "Sign in")).isVisible();
      page.navigate(server.url("/projects/" + id));
      assertThat(heading(page, "Sign in")).isVisible();
      assertThat(page.request().get(server.url("/api/projects/" + id)).status()).isEqualTo(401);

      signIn(page, email, "correct horse battery");
      assertThat(page).hasURL(server.url("/projects/" + id));
      assertThat(page.getByText("users").first()).isVisible();
    }
  }

  @Test
  void theProjectListRenamesDuplicatesSearchesAndDeletesAfterConfirmation() {
    try (var context = newContext()) {
      var page = context.newPage();
      page.navigate(server.url("/sign-up"));
      signUp(page, "Lin", "lin-" + UUID.randomUUID() + "@example.com", "correct horse battery");
      createProject(page, "Shop", "MySQL");
      page.navigate(server.url("/"));
      createProject(page, "CRM", "SQLite");
      page.navigate(server.url("/"));

      button(page, "Rename Shop").click();
      page.getByLabel("Project name").fill("Store");
      button(page, "Rename").click();
      assertThat(link(page, "Store")).isVisible();

      button(page, "Duplicate Store").click();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Store")))
          .hasCount(2);

      page.getByLabel("Search projects").fill("crm");
      assertThat(link(page, "CRM")).isVisible();
      assertThat(link(page, "Store")).hasCount(0);
      page.getByLabel("Search projects").fill("");

      button(page, "Delete CRM").click();
      var dialog = page.getByRole(AriaRole.DIALOG);
      assertThat(dialog).containsText("Delete CRM?");
      shot(page, "delete-confirmation");
      dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
      assertThat(link(page, "CRM")).isVisible();
      button(page, "Delete CRM").click();
      page.getByRole(AriaRole.DIALOG)
          .getByRole(
              AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true))
          .click();
      assertThat(link(page, "CRM")).hasCount(0);
      assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("MySQL")))
          .hasCount(2);
    }
  }

  @Test
  void aPostgresqlDdlImportedFromTheListOpensOnTheCanvasWithItsRelation() {
    try (var context = newContext()) {
      var page = context.newPage();
      page.navigate(server.url("/sign-up"));
      signUp(page, "Ivo", "ivo-" + UUID.randomUUID() + "@example.com", "correct horse battery");

      button(page, "Import schema").click();
      var dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Project name").fill("Imported blog");
      dialog.getByLabel("Format").selectOption("PostgreSQL");
      dialog
          .getByLabel("Schema text")
          .fill(
              """
              CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
              CREATE TABLE posts (
                id serial PRIMARY KEY,
                author_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                title varchar(200) NOT NULL
              );
              """);
      shot(page, "import-schema");
      dialog
          .getByRole(
              AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true))
          .click();

      var openProject = button(page, "Open project");
      page.waitForCondition(
          () -> PROJECT_URL.matcher(page.url()).matches() || openProject.isVisible());
      if (openProject.isVisible()) {
        shot(page, "import-warnings");
        openProject.click();
      }
      assertThat(page).hasURL(PROJECT_URL);
      assertThat(page.getByLabel("Table users", exactLabel())).isVisible();
      assertThat(page.getByLabel("Table posts", exactLabel())).isVisible();
      shot(page, "imported-canvas");
      var answer = page.request().get(server.url("/api/projects/" + idOf(page)));
      assertThat(answer.status()).isEqualTo(200);
      JsonNode data = JSON.readTree(answer.text()).path("data");
      assertThat(data.path("tables")).hasSize(2);
      assertThat(data.path("relations")).hasSize(1);
      var ids = new java.util.HashMap<String, String>();
      data.path("tables")
          .forEach(table -> ids.put(table.path("id").asString(), table.path("name").asString()));
      var relation = data.path("relations").get(0);
      assertThat(ids.get(relation.path("sourceTableId").asString())).isEqualTo("posts");
      assertThat(ids.get(relation.path("targetTableId").asString())).isEqualTo("users");
      assertThat(relation.path("onDelete").asString()).isEqualTo("CASCADE");
    }
  }

  @Test
  void twoBrowsersEditingOneProjectGetAConflictPromptNotASilentOverwrite() throws Exception {
    try (var first = newContext();
        var second = newContext()) {
      var mine = first.newPage();
      mine.navigate(server.url("/sign-up"));
      signUp(mine, "Grace", "grace-" + UUID.randomUUID() + "@example.com", "correct horse battery");
      var id = createProject(mine, "Shared", "PostgreSQL");
      second.addCookies(first.cookies());
      var theirs = second.newPage();
      theirs.navigate(server.url("/projects/" + id));
      assertThat(saveStatus(theirs, "All changes saved")).isVisible();

      button(mine, "Add table").click();
      mine.getByLabel("Table name").fill("from_first");
      button(mine, "Save").click();
      assertThat(saveStatus(mine, "All changes saved")).isVisible();

      button(theirs, "Add table").click();
      theirs.getByLabel("Table name").fill("from_second");
      button(theirs, "Save").click();
      var alert =
          theirs
              .getByRole(AriaRole.ALERT)
              .filter(
                  new Locator.FilterOptions()
                      .setHasText(Pattern.compile("conflict", Pattern.CASE_INSENSITIVE)));
      assertThat(alert).isVisible();
      assertThat(saveStatus(theirs, "Conflict")).isVisible();
      shot(theirs, "conflict");
      assertThat(tableNames(mine, id)).containsExactly("from_first");

      // Keep mine as a copy: the second browser's work becomes a new project, the shared one keeps
      // the first browser's.
      alert
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep mine as a copy"))
          .click();
      assertThat(theirs).hasURL(Pattern.compile(".*/projects/(?!" + id + ")[0-9a-f-]{36}$"));
      var copy = idOf(theirs);
      assertThat(tableNames(theirs, copy)).containsExactly("from_second");
      assertThat(tableNames(theirs, id)).containsExactly("from_first");

      // Overwrite with mine: after another conflict, the second browser's document wins.
      theirs.navigate(server.url("/projects/" + id));
      assertThat(saveStatus(theirs, "All changes saved")).isVisible();
      button(mine, "Add table").click();
      button(mine, "Save").click();
      assertThat(saveStatus(mine, "All changes saved")).isVisible();
      button(theirs, "Add table").click();
      theirs.getByLabel("Table name").fill("overwritten");
      button(theirs, "Save").click();
      theirs
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overwrite with mine"))
          .click();
      assertThat(saveStatus(theirs, "All changes saved")).isVisible();
      assertThat(tableNames(theirs, id)).containsExactly("from_first", "overwritten");

      // Reload theirs: after a third conflict, the second browser drops its change and shows the
      // stored document, which stays as the first browser saved it.
      mine.reload();
      assertThat(saveStatus(mine, "All changes saved")).isVisible();
      button(mine, "Add table").click();
      mine.getByLabel("Table name").fill("theirs_wins");
      button(mine, "Save").click();
      assertThat(saveStatus(mine, "All changes saved")).isVisible();
      button(theirs, "Add table").click();
      theirs.getByLabel("Table name").fill("dropped");
      button(theirs, "Save").click();
      assertThat(alert).isVisible();
      alert
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload theirs"))
          .click();
      assertThat(saveStatus(theirs, "All changes saved")).isVisible();
      assertThat(theirs.getByLabel("Table theirs_wins", exactLabel())).isVisible();
      assertThat(theirs.getByLabel("Table dropped", exactLabel())).hasCount(0);
      assertThat(tableNames(theirs, id))
          .containsExactly("from_first", "overwritten", "theirs_wins");
    }
  }

  @Test
  void withEveryRequestToAnotherHostAbortedTheDesignerStillWorks() {
    try (var context = newContext()) {
      var aborted = new java.util.concurrent.CopyOnWriteArrayList<String>();
      var local = server.url("/");
      context.route(
          url -> !url.startsWith(local),
          route -> {
            aborted.add(route.request().url());
            route.abort();
          });
      var page = context.newPage();
      page.navigate(server.url("/sign-up"));
      signUp(page, "Ola", "ola-" + UUID.randomUUID() + "@example.com", "correct horse battery");
      var id = createProject(page, "Offline", "MySQL");
      button(page, "Add table").click();
      page.getByLabel("Table name").fill("kept");
      button(page, "Show SQL").click();
      assertThat(
              page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("SQL preview")))
          .containsText("CREATE TABLE `kept`");
      button(page, "Save").click();
      assertThat(saveStatus(page, "All changes saved")).isVisible();
      page.reload();
      assertThat(page.getByLabel("Table kept", exactLabel())).isVisible();
      var png = page.waitForDownload(() -> button(page, "Export PNG").click());
      assertThat(png.failure()).isNull();
      assertThat(tableNames(page, id)).containsExactly("kept");
      assertThat(aborted).as("requests to other hosts").isEmpty();
    }
  }

  @Test
  void anEditMadeOfflineSurvivesAReloadAndReachesTheServerWhenBackOnline() {
    try (var context = newContext()) {
      var page = context.newPage();
      page.navigate(server.url("/sign-up"));
      signUp(page, "Ken", "ken-" + UUID.randomUUID() + "@example.com", "correct horse battery");
      var id = createProject(page, "Travels", "PostgreSQL");

      context.setOffline(true);
      button(page, "Add table").click();
      page.getByLabel("Table name").fill("offline_table");
      button(page, "Save").click();
      assertThat(saveStatus(page, "Offline")).isVisible();
      shot(page, "offline");

      // The network comes back but saves still fail (aborted): the reloaded page shows the draft,
      // which the server does not have.
      page.route(
          "**/api/projects/" + id,
          route -> {
            if (route.request().method().equals("PUT")) {
              route.abort();
            } else {
              route.resume();
            }
          });
      context.setOffline(false);
      assertThat(tableNames(page, id)).isEmpty();
      page.reload();
      assertThat(page.getByText("offline_table").first()).isVisible();
      assertThat(saveStatus(page, "Offline")).isVisible();
      assertThat(tableNames(page, id)).isEmpty();

      page.unrouteAll();
      assertThat(saveStatus(page, "All changes saved"))
          .isVisible(
              new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                  .setTimeout(20_000));
      assertThat(tableNames(page, id)).containsExactly("offline_table");
    }
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
    try (var context = newContext()) {
      var page = context.newPage();
      var email = "mary-" + UUID.randomUUID() + "@example.com";
      page.navigate(server.url("/sign-up"));
      signUp(page, "Mary", email, "old password 1");
      button(page, "Sign out").click();
      assertThat(heading(page, "Sign in")).isVisible();

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
          .click();
      assertThat(heading(page, "Forgot password")).isVisible();
      page.getByLabel("Email").fill(email);
      button(page, "Send reset link").click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("check your email");
      shot(page, "forgot-password");

      page.navigate(linkIn(awaitMail(email)));
      assertThat(heading(page, "Reset password")).isVisible();
      page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
          .fill("new password 2");
      page.getByLabel("Repeat new password").fill("new password 2");
      button(page, "Set new password").click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("password is changed");

      page.navigate(server.url("/sign-in"));
      signIn(page, email, "old password 1");
      assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
      signIn(page, email, "new password 2");
      assertThat(heading(page, "Projects")).isVisible();

      page.navigate(server.url("/reset-password?error=INVALID_TOKEN"));
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("invalid or has expired");
    }
  }

  @Test
  void theJarAnswersTheDesignersAddressesWithItsPageAndKeepsApiMistakesJson() {
    try (var context = newContext()) {
      var http = context.request();
      for (var path : java.util.List.of("/", "/sign-in", "/projects/" + UUID.randomUUID())) {
        var page = http.get(server.url(path));
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.headers().get("cache-control")).as(path).isEqualTo("no-cache");
        assertThat(page.headers().get("content-type")).as(path).startsWith("text/html");
      }
      var html = http.get(server.url("/")).text();
      var script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
      assertThat(script.find()).as(html).isTrue();
      var asset = http.get(server.url(script.group(1)));
      assertThat(asset.status()).isEqualTo(200);
      assertThat(asset.headers().get("cache-control")).contains("immutable");
      for (var path : java.util.List.of("/api/nothing", "/studio/assets/x.js", "/nothing")) {
        var missing = http.get(server.url(path));
        assertThat(missing.status()).as(path).isEqualTo(404);
        assertThat(missing.headers().get("content-type")).as(path).startsWith("application/json");
      }
    }
  }

  @Test
  void inGuestModeTheProjectsOpenWithoutSigningIn() throws Exception {
    try (var guest =
            JarProcess.start(Map.of("DATABASE_URL", DATABASE.databaseUrl(), "GUEST_MODE", "true"));
        var context = newContext()) {
      var page = context.newPage();
      page.navigate(guest.url("/"));
      assertThat(heading(page, "Projects")).isVisible();
      assertThat(page.getByText("Guest", new Page.GetByTextOptions().setExact(true))).isVisible();
      assertThat(button(page, "Sign out")).hasCount(0);
      var id = createProject(page, "Guest plan", "SQLite");
      button(page, "Add table").click();
      page.getByLabel("Table name").fill("visits");
      button(page, "Save").click();
      assertThat(saveStatus(page, "All changes saved")).isVisible();
      var stored = page.request().get(guest.url("/api/projects/" + id));
      assertThat(stored.status()).isEqualTo(200);
      assertThat(stored.text()).contains("\"visits\"");
    }
  }

  // ---- steps ---------------------------------------------------------------------------------

  /**
   * Requests any page made, or tried to make, to somewhere other than our server (there must be
   * none: the designer works offline).
   */
  private final java.util.List<String> elsewhere =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private BrowserContext newContext() {
    var context = chromium.newContext(1280, 800);
    context.onRequest(
        request -> {
          var url = request.url();
          if (!url.startsWith("http://127.0.0.1:")
              && !url.startsWith("data:")
              && !url.startsWith("blob:")) {
            elsewhere.add(url);
          }
        });
    // What the page's content security policy refused (a script or file from elsewhere) counts too.
    context.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            elsewhere.add(message.text());
          }
        });
    return context;
  }

  @AfterAll
  void nothingWasLoadedFromElsewhere() {
    assertThat(elsewhere)
        .as("requests to other hosts (every asset must come from the jar)")
        .isEmpty();
  }

  private static void signUp(Page page, String name, String email, String password) {
    assertThat(heading(page, "Create account")).isVisible();
    page.getByLabel("Name").fill(name);
    page.getByLabel("Email").fill(email);
    page.getByLabel("Password").fill(password);
    button(page, "Create account").click();
    assertThat(heading(page, "Projects")).isVisible();
  }

  private static void signIn(Page page, String email, String password) {
    assertThat(heading(page, "Sign in")).isVisible();
    page.getByLabel("Email").fill(email);
    page.getByLabel("Password").fill(password);
    button(page, "Sign in").click();
  }

  /** Creates a project from the list and returns its id once its editor is open. */
  private static String createProject(Page page, String name, String engine) {
    button(page, "New project").click();
    page.getByLabel("Project name").fill(name);
    page.getByLabel("Engine").selectOption(engine);
    button(page, "Create").click();
    assertThat(page).hasURL(PROJECT_URL);
    assertThat(saveStatus(page, "All changes saved")).isVisible();
    return idOf(page);
  }

  private static String idOf(Page page) {
    var matcher = PROJECT_URL.matcher(page.url());
    assertThat(matcher.matches()).as(page.url()).isTrue();
    return matcher.group(1);
  }

  /** The table names of the stored project, read with the page's own session. */
  private java.util.List<String> tableNames(Page page, String id) {
    var answer = page.request().get(server.url("/api/projects/" + id));
    assertThat(answer.status()).isEqualTo(200);
    JsonNode data = JSON.readTree(answer.text()).path("data");
    var names = new java.util.ArrayList<String>();
    data.path("tables").forEach(table -> names.add(table.path("name").asString()));
    return names;
  }

  private static Page.GetByLabelOptions exactLabel() {
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

  private static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator saveStatus(Page page, String text) {
    return page.getByRole(
        AriaRole.STATUS, new Page.GetByRoleOptions().setName("Save status: " + text));
  }

  private void shot(Page page, String name) {
    chromium.shot(page, "designer-" + name);
  }

  private MimeMessage awaitMail(String recipient) throws Exception {
    for (int i = 0; i < 200; i++) {
      for (var message : mail.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(recipient)) {
          return message;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail to " + recipient);
  }

  private static String linkIn(MimeMessage message) throws Exception {
    var content = message.getContent();
    var text =
        content instanceof MimeMultipart multipart
            ? (String) multipart.getBodyPart(0).getContent()
            : (String) content;
    var matcher = LINK.matcher(text);
    assertThat(matcher.find()).as("a link in " + text).isTrue();
    return matcher.group();
  }
}
