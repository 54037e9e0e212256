package io.dbkeep.application.service.database;

import io.dbkeep.domain.database.SchemaVersion;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names backup files: {@code dbkeep-20261125T120000Z-v2.zip} (sortable by time). */
final class BackupFiles {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private BackupFiles() {}

  static Path next(Path directory, Clock clock, Option<SchemaVersion> version) {
    var name =
        "dbkeep-"
            + STAMP.format(clock.instant())
            + version.map(v -> "-v" + v.text()).getOrElse("-original");
    var candidate = directory.resolve(name + ".zip");
    for (int i = 2; candidate.toFile().exists(); i++) {
      candidate = directory.resolve(name + "-" + i + ".zip");
    }
    return candidate;
  }
}
