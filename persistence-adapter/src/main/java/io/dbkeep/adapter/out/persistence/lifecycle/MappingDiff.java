package io.dbkeep.adapter.out.persistence.lifecycle;

import static io.dbkeep.adapter.out.persistence.migration.SchemaCatalog.quote;

import io.dbkeep.adapter.out.persistence.migration.SchemaCatalog;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The difference between a live schema and a Jakarta Persistence mapping, as SQL that would make
 * the schema fit the mapping. Additive steps come from Hibernate's schema tooling (its {@code
 * update} script: missing tables, columns, keys); on top of it, steps Hibernate does not propose
 * are derived from the catalog: a column whose type differs from the mapping, a column the mapping
 * requires to be not null, and a column the mapping no longer has that would block its inserts (not
 * null, no default). Changing a type and dropping a column are <em>destructive</em>. Tables the
 * mapping does not know, and unmapped columns that accept nulls or have defaults, are left alone.
 */
public final class MappingDiff {

  /**
   * One step.
   *
   * @param sql the statement, without the terminating semicolon
   * @param destructive whether it may lose data
   * @param reason why it is needed, for people
   */
  public record Step(String sql, boolean destructive, String reason) {
    public Step {
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return (destructive ? "[destructive] " : "") + sql + ";";
    }
  }

  private static final Pattern TIME_PRECISION = Pattern.compile("^(timestamp|time)\\(\\d+\\)(.*)$");

  private MappingDiff() {}

  /** The steps that would make the schema on {@code dataSource} fit {@code entities}. */
  public static List<Step> compare(DataSource dataSource, List<Class<?>> entities) {
    var steps = new ArrayList<Step>();
    for (var statement : hibernateUpdateScript(dataSource, entities)) {
      steps.add(new Step(statement, false, "the mapping needs it"));
    }
    steps.addAll(catalogSteps(dataSource, metadata(entities)));
    return steps;
  }

  private static List<String> hibernateUpdateScript(
      DataSource dataSource, List<Class<?>> entities) {
    var script = new StringWriter();
    new HibernatePersistenceConfiguration("dbkeep-diff")
        .managedClasses(entities)
        .property("jakarta.persistence.nonJtaDataSource", dataSource)
        .property("jakarta.persistence.schema-generation.database.action", "none")
        .property("jakarta.persistence.schema-generation.scripts.action", "update")
        .property("jakarta.persistence.schema-generation.scripts.create-target", script)
        .property("hibernate.hbm2ddl.delimiter", ";")
        .property("hibernate.format_sql", false)
        .property("hibernate.schema_update.unique_constraint_strategy", "SKIP")
        .property("hibernate.type.json_format_mapper", "jackson3")
        .property("hibernate.connection.provider_disables_autocommit", false)
        .createEntityManagerFactory()
        .close();
    var statements = new ArrayList<String>();
    for (var statement : script.toString().split(";\\s*(\\R|$)")) {
      var trimmed = statement.strip();
      if (!trimmed.isEmpty()) {
        statements.add(trimmed);
      }
    }
    return statements;
  }

  private static Metadata metadata(List<Class<?>> entities) {
    var registry =
        new StandardServiceRegistryBuilder()
            .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
            .applySetting("jakarta.persistence.database-major-version", 15)
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
            .applySetting("hibernate.type.json_format_mapper", "jackson3")
            .build();
    var sources = new MetadataSources(registry);
    entities.forEach(sources::addAnnotatedClass);
    return sources.buildMetadata();
  }

  private static List<Step> catalogSteps(DataSource dataSource, Metadata metadata) {
    var steps = new ArrayList<Step>();
    try (Connection connection = dataSource.getConnection()) {
      var present = SchemaCatalog.allTables(connection);
      for (var table : metadata.collectTableMappings()) {
        if (!table.isPhysicalTable()) {
          continue;
        }
        var name = unquote(table.getName());
        if (!present.contains(name)) {
          continue; // Hibernate's script creates it
        }
        Map<String, Boolean> defaults = columnDefaults(connection, name);
        var live = new HashMap<String, io.dbkeep.domain.database.ArchivedTable.ArchivedColumn>();
        SchemaCatalog.columns(connection, name).forEach(c -> live.put(c.name(), c));
        var mapped = new ArrayList<String>();
        for (var column : table.getColumns()) {
          var columnName = unquote(column.getName());
          mapped.add(columnName);
          var actual = live.get(columnName);
          if (actual == null) {
            continue; // Hibernate's script adds it
          }
          var wanted = column.getSqlType(metadata);
          if (!normalise(wanted).equals(normalise(actual.type()))) {
            steps.add(
                new Step(
                    "alter table "
                        + quote(name)
                        + " alter column "
                        + quote(columnName)
                        + " type "
                        + wanted
                        + " using "
                        + quote(columnName)
                        + "::"
                        + wanted,
                    true,
                    name
                        + "."
                        + columnName
                        + " is "
                        + actual.type()
                        + ", the mapping says "
                        + wanted));
          }
          if (!column.isNullable() && !actual.notNull()) {
            steps.add(
                new Step(
                    "alter table "
                        + quote(name)
                        + " alter column "
                        + quote(columnName)
                        + " set not null",
                    false,
                    name + "." + columnName + " accepts nulls, the mapping does not"));
          }
        }
        for (var actual : live.values()) {
          if (!mapped.contains(actual.name())
              && actual.notNull()
              && !defaults.getOrDefault(actual.name(), false)) {
            steps.add(
                new Step(
                    "alter table " + quote(name) + " drop column " + quote(actual.name()),
                    true,
                    name
                        + "."
                        + actual.name()
                        + " is not null without a default and the mapping does not have it"));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
    }
    return steps;
  }

  private static Map<String, Boolean> columnDefaults(Connection connection, String table)
      throws SQLException {
    var defaults = new HashMap<String, Boolean>();
    try (var statement =
        connection.prepareStatement(
            "select a.attname, a.atthasdef or a.attidentity <> '' or a.attgenerated <> ''"
                + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relname = ? and a.attnum > 0"
                + " and not a.attisdropped")) {
      statement.setString(1, table);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          defaults.put(rows.getString(1), rows.getBoolean(2));
        }
      }
    }
    return defaults;
  }

  private static String unquote(String name) {
    if (name.length() > 1
        && ((name.startsWith("\"") && name.endsWith("\""))
            || (name.startsWith("`") && name.endsWith("`")))) {
      return name.substring(1, name.length() - 1);
    }
    return name;
  }

  /** Spellings of one PostgreSQL type made equal ({@code int8} = {@code bigint}, …). */
  static String normalise(String type) {
    var t = type.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    var precision = TIME_PRECISION.matcher(t);
    if (precision.matches()) {
      t = precision.group(1) + precision.group(2);
    }
    t = t.replace("timestamptz", "timestamp with time zone");
    if (t.equals("timestamp")) {
      t = "timestamp without time zone";
    }
    if (t.equals("time")) {
      t = "time without time zone";
    }
    return switch (t) {
      case "int8" -> "bigint";
      case "int4", "int" -> "integer";
      case "int2" -> "smallint";
      case "bool" -> "boolean";
      case "float8", "float(53)" -> "double precision";
      case "float4", "float(24)" -> "real";
      default ->
          t.replaceFirst("^varchar", "character varying")
              .replaceFirst("^char\\(", "character(")
              .replaceFirst("^decimal", "numeric");
    };
  }
}
