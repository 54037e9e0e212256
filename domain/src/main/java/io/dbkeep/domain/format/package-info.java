/**
 * Foreign schema formats: what a reader of SQL dumps or DBML gives back ({@link
 * io.dbkeep.domain.format.ImportedSchema} with its {@link io.dbkeep.domain.format.ImportWarning}s,
 * or an {@link io.dbkeep.domain.format.ImportError} at a line and column), and the formats a
 * document can be read from ({@link io.dbkeep.domain.format.SourceFormat}) or written to ({@link
 * io.dbkeep.domain.format.TargetFormat}). The parsers themselves live in adapters.
 */
package io.dbkeep.domain.format;
