/**
 * The lifecycle of DBKeep's own database, as values: schema versions and migrations, the outcome of
 * adopting a database of the original DBKeep, backup archives and why an operation was refused.
 * Pure data; the persistence adapter does the work, the application services decide.
 */
package io.dbkeep.domain.database;
