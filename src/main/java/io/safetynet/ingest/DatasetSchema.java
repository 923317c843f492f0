package io.safetynet.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One input dataset of the data contract: its columns, key, row rules and references, and the layout of the
 * cleaned Delta table it is merged into.
 *
 * @param name dataset and table name, also the base name of its input file(s)
 * @param keyColumns a row arriving again with the same key replaces the earlier version
 * @param requiredInBatch a batch without this dataset's file is refused (else: a warning)
 * @param insuranceYearFrom when set, a derived int column {@code insurance_year} = year of this date column is
 *     added and the table is partitioned by it (claims)
 */
public record DatasetSchema(
    String name, List<String> keyColumns, List<ColumnSpec> columns, List<RowRule> rules,
    List<Reference> references, boolean requiredInBatch, String insuranceYearFrom)
    implements Serializable {

  public static final String EXTRA = "extra";
  public static final String ROW_HASH = "row_hash";
  public static final String SOURCE_FILE = "source_file";
  public static final String INGEST_RUN = "ingest_run";
  public static final String INSURANCE_YEAR = "insurance_year";
  public DatasetSchema {
    columns = List.copyOf(columns);
    keyColumns = List.copyOf(keyColumns);
    rules = List.copyOf(rules);
    references = List.copyOf(references);
    for (String k : keyColumns) {
      if (column(k, columns).isEmpty() || !column(k, columns).get().required()) {
        throw new IllegalArgumentException(name + ": key column " + k + " must be a required column");
      }
    }
  }

  public Optional<ColumnSpec> column(String columnName) {
    return column(columnName, columns);
  }

  private static Optional<ColumnSpec> column(String columnName, List<ColumnSpec> columns) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Set<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).collect(Collectors.toUnmodifiableSet());
  }

  public List<String> requiredColumns() {
    return columns.stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
  }

  /**
   * Whether an unknown extra column of this name must be hashed: its name means an ID number, name or phone in
   * any common spelling ({@link PersonalText#personalKind}), and the schema does not declare it.
   */
  public boolean isPiiExtra(String columnName) {
    return PersonalText.personalKind(columnName) != null && column(columnName).isEmpty();
  }

  public Optional<String> partitionColumn() {
    return insuranceYearFrom == null ? Optional.empty() : Optional.of(INSURANCE_YEAR);
  }

  /**
   * The cleaned table: contract columns (PII as hashes), derived year, extra, row hash, lineage. All nullable:
   * the validator already guarantees required values, and Delta NOT NULL constraints would only add friction.
   */
  public StructType tableSchema() {
    List<StructField> fields = new ArrayList<>();
    for (ColumnSpec c : columns) {
      fields.add(DataTypes.createStructField(c.storedName(), c.type().sparkType(), true));
    }
    if (insuranceYearFrom != null) {
      fields.add(DataTypes.createStructField(INSURANCE_YEAR, DataTypes.IntegerType, true));
    }
    fields.add(DataTypes.createStructField(
        EXTRA, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true));
    fields.add(DataTypes.createStructField(ROW_HASH, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(INGEST_RUN, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }
}
