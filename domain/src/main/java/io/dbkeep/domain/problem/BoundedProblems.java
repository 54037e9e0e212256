package io.dbkeep.domain.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems a read or a validation collects, at most {@link #MAX} of them: a hostile document
 * (500 tables of 1,000 empty columns, 1.5 MB) makes three problems a column when it is read and
 * more when it is validated, about 1.5 million problems with their paths, which ended the bounded
 * server with OutOfMemoryError. Past the bound a problem is counted, not kept; {@link #listed()}
 * then ends with one {@code TOO_MANY_PROBLEMS} naming how many more there were, an error when any
 * of them was one (so a document is refused exactly when it would have been), else a warning. Not
 * thread-safe.
 */
public final class BoundedProblems extends ArrayList<Problem> {

  private static final long serialVersionUID = 1L;

  /** The code of the problem that counts those not listed. */
  public static final String CODE = "TOO_MANY_PROBLEMS";

  /** The most problems listed. */
  public static final int MAX = 10_000;

  private final int max;
  private long more;
  private boolean moreErrors;

  public BoundedProblems() {
    this(MAX);
  }

  BoundedProblems(int max) {
    this.max = max;
  }

  @Override
  public boolean add(Problem problem) {
    if (size() < max) {
      return super.add(problem);
    }
    more++;
    moreErrors |= problem.isError();
    return false;
  }

  @Override
  public boolean addAll(Collection<? extends Problem> problems) {
    boolean changed = false;
    for (var problem : problems) {
      changed |= add(problem);
    }
    return changed;
  }

  /** The problems kept and, when there were more, the one that counts them. */
  public List<Problem> listed() {
    return more == 0 ? this : listed(this, more, moreErrors);
  }

  /** {@code problems} as a bounded list would list them (the first {@link #MAX}, then a count). */
  public static List<Problem> listed(List<Problem> problems) {
    if (problems.size() <= MAX) {
      return problems;
    }
    var bounded = new BoundedProblems();
    bounded.addAll(problems);
    return bounded.listed();
  }

  private static List<Problem> listed(List<Problem> kept, long more, boolean errors) {
    var all = new ArrayList<Problem>(kept.size() + 1);
    all.addAll(kept);
    var message =
        more
            + " more problem"
            + (more == 1 ? " is" : "s are")
            + " not listed: only the first "
            + kept.size()
            + " are";
    all.add(errors ? Problem.error("", CODE, message) : Problem.warning("", CODE, message));
    return all;
  }
}
