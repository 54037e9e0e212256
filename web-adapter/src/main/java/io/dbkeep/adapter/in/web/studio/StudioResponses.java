package io.dbkeep.adapter.in.web.studio;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.studio.ColumnInfo;
import io.dbkeep.domain.studio.ForeignKeyInfo;
import io.dbkeep.domain.studio.IndexInfo;
import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioOverview;
import io.dbkeep.domain.studio.TableStructure;
import io.dbkeep.domain.studio.TableSummary;
import io.dbkeep.domain.studio.UniqueConstraintInfo;
import java.util.List;
import java.util.Locale;

/** The Studio API's response bodies, built from use case results with primitive fields. */
final class StudioResponses {

  private StudioResponses() {}

  /** {@code GET /studio/api/overview}. */
  record Overview(
      String engine,
      String database,
      boolean readOnly,
      boolean sql,
      boolean introspection,
      boolean projects) {
    static Overview from(StudioOverview overview, boolean introspection, boolean projects) {
      return new Overview(
          overview.engine().displayName(),
          overview.databaseName(),
          overview.mode().readOnly(),
          overview.mode().sqlEnabled(),
          introspection,
          projects);
    }
  }

  /** One entry of {@code GET /studio/api/tables}. */
  record Table(String schema, String name, String kind, Long rowCount, boolean rowCountExact) {
    static Table from(TableSummary summary) {
      return new Table(
          summary.table().schema(),
          summary.table().name(),
          summary.kind().wireName(),
          summary.rowCount().getOrNull(),
          summary.rowCountExact());
    }
  }

  /** A column of {@code GET …/tables/{table}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Column(
      String name,
      String type,
      String kind,
      boolean nullable,
      @JsonInclude(JsonInclude.Include.ALWAYS) String defaultValue,
      boolean primaryKey,
      boolean generated,
      boolean required,
      String comment,
      Integer length,
      Integer precision,
      Integer scale,
      List<String> enumValues) {

    static Column from(ColumnInfo column) {
      return new Column(
          column.name(),
          column.type().display(),
          column.kind().name().toLowerCase(Locale.ROOT),
          column.nullable(),
          column.defaultValue().getOrNull(),
          column.primaryKey(),
          column.generated(),
          column.required(),
          column.comment().getOrNull(),
          column.type().length().getOrNull(),
          column.type().precision().getOrNull(),
          column.type().scale().getOrNull(),
          column.type().enumValues());
    }

    @com.fasterxml.jackson.annotation.JsonProperty("default")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String defaultValue() {
      return defaultValue;
    }
  }

  record Index(String name, List<String> columns, boolean unique, boolean primary) {
    static Index from(IndexInfo index) {
      return new Index(index.name(), index.columns(), index.unique(), index.primary());
    }
  }

  record Unique(String name, List<String> columns) {
    static Unique from(UniqueConstraintInfo unique) {
      return new Unique(unique.name(), unique.columns());
    }
  }

  record ForeignKey(
      String name,
      List<String> columns,
      String refSchema,
      String refTable,
      List<String> refColumns,
      String onDelete,
      String onUpdate) {
    static ForeignKey from(ForeignKeyInfo key) {
      return new ForeignKey(
          key.name(),
          key.columns(),
          key.referenced().schema(),
          key.referenced().name(),
          key.referencedColumns(),
          key.onDelete().sql(),
          key.onUpdate().sql());
    }
  }

  /** {@code GET /studio/api/schemas/{schema}/tables/{table}}. */
  record Structure(
      String schema,
      String name,
      String kind,
      List<Column> columns,
      List<String> primaryKey,
      List<Index> indexes,
      List<Unique> uniques,
      List<ForeignKey> foreignKeys,
      String comment,
      boolean editable,
      String readOnlyReason) {
    static Structure from(TableStructure table) {
      return new Structure(
          table.table().schema(),
          table.table().name(),
          table.kind().wireName(),
          table.columns().stream().map(Column::from).toList(),
          table.primaryKey(),
          table.indexes().stream().map(Index::from).toList(),
          table.uniques().stream().map(Unique::from).toList(),
          table.foreignKeys().stream().map(ForeignKey::from).toList(),
          table.comment().getOrNull(),
          table.whyNotEditable().isEmpty(),
          table.whyNotEditable().getOrNull());
    }
  }

  record Truncated(int row, String column, long size) {}

  /** {@code GET …/rows}. */
  record Rows(
      List<JsonObject> rows,
      long total,
      boolean totalExact,
      String next,
      String previous,
      List<Truncated> truncated) {}

  record Count(long count, boolean exact) {}

  record Deleted(int deleted) {}

  record Cancelled(boolean cancelled) {}

  /** One result of {@code POST /studio/api/sql}: rows, or an affected count. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SqlResult(
      List<StatementResult.ResultColumn> columns,
      List<List<JsonValue>> rows,
      Boolean truncated,
      Long affected) {
    static SqlResult from(StatementResult result) {
      if (result instanceof StatementResult.Rows rows) {
        return new SqlResult(rows.columns(), rows.rows(), rows.truncated(), null);
      }
      return new SqlResult(null, null, null, ((StatementResult.Affected) result).count());
    }
  }

  record SqlResults(List<SqlResult> results) {}

  /** {@code GET /studio/api/introspect?include=warnings}: the document and what was left out. */
  record IntrospectionWithWarnings(
      io.dbkeep.domain.json.JsonValue document, List<ErrorDetail> warnings) {}
}
