package io.dbkeep.domain.database;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * What adopting a database of the original DBKeep changed. Every row is kept: nothing is deleted.
 *
 * @param rowsPerTable rows of each table after adoption (the same as before)
 * @param columnsAdded columns the original lacked, as {@code table.column}
 * @param documentsConverted project documents converted from text to jsonb
 * @param emptyDocuments projects without a document, given an empty one
 * @param unreadableDocuments projects whose text was not a JSON object: each kept verbatim in
 *     {@code project.legacy_data}, described as {@code id "name": reason}
 * @param enginesNormalised projects whose engine was re-spelled (e.g. {@code postgresql} to {@code
 *     PostgreSQL})
 * @param unknownEngines projects with an engine DBKeep does not know: kept in {@code
 *     project.legacy_engine}, set to PostgreSQL, described as {@code id "name": value}
 */
public record AdoptionReport(
    Map<String, Long> rowsPerTable,
    List<String> columnsAdded,
    int documentsConverted,
    int emptyDocuments,
    List<String> unreadableDocuments,
    int enginesNormalised,
    List<String> unknownEngines) {

  public AdoptionReport {
    Objects.requireNonNull(rowsPerTable, "rowsPerTable");
    Objects.requireNonNull(columnsAdded, "columnsAdded");
    Objects.requireNonNull(unreadableDocuments, "unreadableDocuments");
    Objects.requireNonNull(unknownEngines, "unknownEngines");
  }
}
