package io.dbkeep.domain.database;

import java.util.Objects;

/**
 * Why an operation on DBKeep's database was refused or failed, in one sentence meant for the
 * operator.
 */
public record DatabaseOperationError(Code code, String message) {

  /** What went wrong. */
  public enum Code {
    /** The archive is missing, not a DBKeep backup, or damaged (a checksum does not match). */
    ARCHIVE_UNREADABLE,
    /** The archive comes from a newer schema version than this build knows. */
    ARCHIVE_TOO_NEW,
    /** The archive's tables or columns do not fit the schema its version describes. */
    ARCHIVE_MISMATCH,
    /** The target database holds data and replacing it was not asked for. */
    DATABASE_NOT_EMPTY,
    /** After loading, the data read back differs from the archive; nothing was kept. */
    RESTORE_VERIFICATION_FAILED,
    /** A migration failed; the database is as the migration tool left it. */
    MIGRATION_FAILED
  }

  public DatabaseOperationError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
