package io.dbkeep.adapter.in.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The budget of a request's JSON tree follows the heap (ADR 0130). */
class JsonRequestTreeBudgetTest {

  private static final long MIB = 1L << 20;

  @Test
  void theBudgetIsAShareOfTheMaximumHeap() {
    // the bounded server's heap (-Xmx224m -Xmn96m, 24 MiB survivors: maxMemory() is 200 MiB)
    assertThat(JsonRequest.treeBudget(200 * MIB)).isEqualTo(200 * MIB / 100 * 15);
    assertThat(JsonRequest.treeBudget(200 * MIB) / MIB).isEqualTo(30);
    // a larger heap admits larger documents
    assertThat(JsonRequest.treeBudget(1024 * MIB)).isEqualTo(1024 * MIB / 100 * 15);
  }

  @Test
  void aTinyHeapStillReadsSmallDocuments() {
    assertThat(JsonRequest.treeBudget(32 * MIB)).isEqualTo(8 * MIB);
    assertThat(JsonRequest.treeBudget(0)).isEqualTo(8 * MIB);
  }

  @Test
  void theRefusalNamesTheLimitAndWhatToDo() {
    var error = JsonRequest.tooLarge(30 * MIB, 1);

    assertThat(error.status()).isEqualTo(413);
    assertThat(error.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(error.message())
        .contains("30 MiB")
        .contains("15% of the maximum heap")
        .contains("Split the project")
        .contains("-Xmx");
    assertThat(JsonRequest.tooLarge(62 * MIB, 2).message())
        .contains("the 2 documents of a request")
        .contains("62 MiB")
        .contains("30% of the maximum heap");
  }

  @Test
  void theBudgetOfThisJvmIsSet() {
    assertThat(JsonRequest.TREE_BUDGET)
        .isEqualTo(JsonRequest.treeBudget(Runtime.getRuntime().maxMemory()));
  }
}
