package io.dbkeep.application.port.out.studio;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Either;

/**
 * Turns a CHECK condition as an engine's catalog (or dump) prints it into the document's
 * engine-neutral subset (ADR 127): PostgreSQL's casts and {@code = ANY (ARRAY[…])}, MariaDB's
 * charset introducers and {@code lcase}, any engine's quoted names. Column names are resolved
 * against {@code table} as the engine resolves them (exactly, else ignoring case), and integer
 * spellings of boolean conditions on its BOOLEAN columns become TRUE/FALSE. Pure: no I/O.
 */
public interface TranslateCheckPort {

  /**
   * @param condition the condition without the {@code CHECK} keyword and its outer parentheses
   * @return the condition in the subset's canonical text, or why it is outside the subset
   */
  Either<String, String> toNeutral(Engine engine, String condition, Table table);
}
