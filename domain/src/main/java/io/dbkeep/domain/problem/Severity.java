package io.dbkeep.domain.problem;

/** How bad a {@link Problem} is: errors block an operation, warnings only inform. */
public enum Severity {
  ERROR,
  WARNING
}
