package io.dbkeep.application.port.out.transaction;

import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs one use case's work as one transaction.
 *
 * <p>Every out-port call made inside {@code work} takes part in the same transaction. The
 * transaction commits when {@code work} returns a right value and rolls back when it returns a left
 * value or throws, so a refused operation never leaves partial writes. Transactions do not nest:
 * calling {@code inTransaction} inside {@code work} joins the running transaction.
 *
 * @throws io.dbkeep.application.failure.DataStoreUnavailableException when the store cannot be
 *     reached
 * @throws io.dbkeep.application.failure.ConcurrentUpdateException when a concurrent transaction
 *     changed what this one wrote
 */
public interface UnitOfWork {

  <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work);
}
