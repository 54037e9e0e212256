package io.dbkeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code Set-Cookie} is built in exactly one place, {@code CookieWriter}: a grep over every
 * module's main sources (a header name is a string, which ArchUnit's bytecode view does not see),
 * proven on a planted source that writes a cookie by itself.
 */
class SetCookieIsWrittenInOnePlaceTest {

  /** Writing a cookie: the header by name, or Javalin's own cookie setters. */
  private static final Pattern WRITES_A_COOKIE =
      Pattern.compile(
          "(?i)\"set-cookie\"|\\.removeCookie\\(|\\bctx\\.cookie\\([^)]*,|new\\s+Cookie\\(");

  private static final String THE_WRITER = "adapter/in/web/cookie/CookieWriter.java";

  @Test
  void onlyTheCookieWriterWritesSetCookie() {
    var repository = Path.of("").toAbsolutePath().getParent();

    var writers = sourcesWritingCookies(repository);

    assertThat(writers).as("main sources that write a cookie").hasSize(1);
    assertThat(writers.get(0).toString().replace('\\', '/')).endsWith(THE_WRITER);
  }

  @Test
  void aPlantedCookieSetterIsCaught() throws Exception {
    var planted = Path.of(getClass().getResource("/planted-sources").toURI());

    assertThat(sourcesWritingCookies(planted))
        .singleElement()
        .satisfies(file -> assertThat(file.getFileName()).hasToString("PlantedCookieSetter.java"));
  }

  /** The main Java sources under {@code root}'s modules that write a cookie. */
  static List<Path> sourcesWritingCookies(Path root) {
    try (Stream<Path> modules = Files.list(root)) {
      return modules
          .map(module -> module.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .flatMap(SetCookieIsWrittenInOnePlaceTest::javaFiles)
          .filter(SetCookieIsWrittenInOnePlaceTest::writesACookie)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> javaFiles(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean writesACookie(Path file) {
    try {
      return WRITES_A_COOKIE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
