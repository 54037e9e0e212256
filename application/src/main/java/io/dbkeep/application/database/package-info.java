/**
 * What the database lifecycle use cases report and their archive out-port produces (backups,
 * restores), shared by both sides so that neither port depends on the other.
 */
package io.dbkeep.application.database;
