package io.dbkeep.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every picture in docs/images is shown by README.md or a page in docs/, and is a screenshot that a
 * browser walk of this module takes under its name ({@link Chromium#shot} or {@link
 * Chromium#toDocs}), so running the walks with {@code -Ddbkeep.docs.images} replaces it and a
 * changed screen gives a changed picture. A picture nobody regenerates would silently show an old
 * screen.
 */
class DocsImagesTest {

  private static final Path ROOT = Path.of("..");

  /** {@code chromium.shot(page, "name")}. */
  private static final Pattern DIRECT =
      Pattern.compile("chromium\\.shot\\(\\s*\\w+,\\s*\"([a-z0-9-]+)\"\\s*\\)");

  /** {@code chromium.toDocs(… "name.png" …)}. */
  private static final Pattern TO_DOCS = Pattern.compile("toDocs\\([^;]*?\"([a-z0-9-]+)\\.png\"");

  /** A walk's helper that prefixes its names: {@code chromium.shot(page, "prefix-" + name)}. */
  private static final Pattern PREFIX =
      Pattern.compile("chromium\\.shot\\(\\s*\\w+,\\s*\"([a-z0-9-]+)\"\\s*\\+\\s*name\\s*\\)");

  /** A call of that helper: {@code shot(page, "rest")}. */
  private static final Pattern HELPER_CALL =
      Pattern.compile("(?<![.\\w])shot\\(\\s*\\w+,\\s*\"([a-z0-9-]+)\"\\s*\\)");

  @Test
  void everyPictureIsShownAndRegeneratedByABrowserWalk() throws IOException {
    assertThat(problems(images(), documentation(), walks())).isEmpty();
  }

  @Test
  void aPictureNoWalkTakesOrNoPageShowsIsCaught() throws IOException {
    var images = new TreeSet<>(images());
    images.add("planted-orphan");

    assertThat(problems(images, documentation() + " images/only-shown.png", walks()))
        .containsExactly(
            "docs/images/planted-orphan.png is not shown by README.md or docs/*.md",
            "docs/images/planted-orphan.png is not a screenshot any browser walk takes");
    assertThat(names(List.of("chromium.shot(page, \"canvas-\" + name); shot(page, \"editor\");")))
        .containsExactly("canvas-editor");
  }

  static List<String> problems(Set<String> images, String documentation, List<String> walks) {
    var taken = names(walks);
    var problems = new ArrayList<String>();
    for (var image : images) {
      if (!documentation.contains("images/" + image + ".png")) {
        problems.add("docs/images/" + image + ".png is not shown by README.md or docs/*.md");
      }
      if (!taken.contains(image)) {
        problems.add("docs/images/" + image + ".png is not a screenshot any browser walk takes");
      }
    }
    return problems;
  }

  /** The names of the screenshots the walks' sources take. */
  static Set<String> names(List<String> walks) {
    var names = new TreeSet<String>();
    for (var source : walks) {
      DIRECT.matcher(source).results().forEach(match -> names.add(match.group(1)));
      TO_DOCS.matcher(source).results().forEach(match -> names.add(match.group(1)));
      var prefix = PREFIX.matcher(source);
      if (prefix.find()) {
        HELPER_CALL
            .matcher(source)
            .results()
            .forEach(match -> names.add(prefix.group(1) + match.group(1)));
      }
    }
    return names;
  }

  private static Set<String> images() throws IOException {
    try (var files = Files.list(ROOT.resolve("docs/images"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".png"))
          .map(name -> name.substring(0, name.length() - ".png".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String documentation() throws IOException {
    var text = new StringBuilder(Files.readString(ROOT.resolve("README.md")));
    try (var pages = Files.walk(ROOT.resolve("docs"))) {
      for (var page : pages.filter(file -> file.toString().endsWith(".md")).toList()) {
        text.append('\n').append(Files.readString(page));
      }
    }
    return text.toString();
  }

  private static List<String> walks() throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      var walks = new ArrayList<String>();
      for (var source : sources.filter(file -> file.toString().endsWith("IT.java")).toList()) {
        walks.add(Files.readString(source));
      }
      return walks;
    }
  }
}
