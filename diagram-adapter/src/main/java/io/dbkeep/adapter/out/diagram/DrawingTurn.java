package io.dbkeep.adapter.out.diagram;

import io.dbkeep.application.failure.NoTurnException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One diagram is drawn at a time in this JVM, SVG or PNG, so the heap budget of one drawing (half
 * the maximum heap: {@link PngSchemaWriter#pixelBudget()}, {@link SvgSchemaWriter#textBudget()})
 * holds for all of them. Turns are fair (first come, first served); a drawing that gets none within
 * its wait is not started ({@link NoTurnException}) rather than waiting for ever.
 */
final class DrawingTurn {

  /** How long a drawing waits for its turn, as the server's other queues do (ADR 0120). */
  static final Duration WAIT = Duration.ofSeconds(30);

  private static final Semaphore TURN = new Semaphore(1, true);

  private DrawingTurn() {}

  static <T> T take(Duration wait, Supplier<T> drawing) {
    try {
      if (!TURN.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new NoTurnException(
            "Another diagram is being drawn and none finished within "
                + wait.toSeconds()
                + " s; try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoTurnException("Stopped while waiting to draw the diagram");
    }
    try {
      return drawing.get();
    } finally {
      TURN.release();
    }
  }
}
