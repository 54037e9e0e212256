package io.dbkeep.adapter.out.persistence.lifecycle;

import io.dbkeep.domain.database.SchemaVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The persistence adapter's own migrations, as files, for tests that need a migrations folder. */
final class BuiltInMigrations {

  private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

  private BuiltInMigrations() {}

  static List<Path> files() {
    try {
      var folder = Path.of(BuiltInMigrations.class.getResource("/db/migration").toURI());
      try (var files = Files.list(folder)) {
        return files
            .filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches())
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> versions() {
    return files().stream()
        .map(f -> VERSIONED.matcher(f.getFileName().toString()))
        .filter(java.util.regex.Matcher::matches)
        .map(m -> SchemaVersion.of(m.group(1)))
        .sorted()
        .map(SchemaVersion::text)
        .toList();
  }

  static SchemaVersion latest() {
    return SchemaVersion.of(versions().get(versions().size() - 1));
  }

  static String next() {
    return latest().major().add(java.math.BigInteger.ONE).toString();
  }

  static void copyTo(Path folder) throws IOException {
    for (var file : files()) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
  }
}
