package io.dbkeep.adapter.out.persistence.project;

import io.dbkeep.domain.project.ExpectedVersion;
import java.util.List;

/**
 * An {@link ExpectedVersion} as the parameters of the condition {@code (:anyVersion or version in
 * (:expected))}: SQL has no empty {@code in} list, so a list that names no version becomes {@code
 * -1}, a version no project has.
 */
final class ExpectedVersionParameter {

  private ExpectedVersionParameter() {}

  static List<Long> listed(ExpectedVersion expected) {
    return expected.versions().isEmpty() ? List.of(-1L) : expected.versions().toJavaList();
  }
}
