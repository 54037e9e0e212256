package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;

/**
 * A table's structure: columns, keys, indexes, unique constraints, foreign keys, comment. Unknown
 * schema → {@code SCHEMA_NOT_FOUND}; unknown table → {@code TABLE_NOT_FOUND}.
 */
public interface DescribeTableQuery {

  Either<StudioError, TableStructure> describeTable(TableRef table);
}
