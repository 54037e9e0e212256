/**
 * The SQL import adapter: {@link io.dbkeep.application.port.out.format.SchemaTextReader}s for
 * PostgreSQL, MySQL/MariaDB and SQLite scripts and dumps, built by {@link
 * io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders}.
 */
package io.dbkeep.adapter.out.sqlimport;
