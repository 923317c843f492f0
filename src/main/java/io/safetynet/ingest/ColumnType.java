package io.safetynet.ingest;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The contract's column types and the Spark type each is stored as in the cleaned Delta tables. */
public enum ColumnType {
  STRING(DataTypes.StringType),
  INT(DataTypes.IntegerType),
  DATE(DataTypes.DateType),
  TIMESTAMP(DataTypes.TimestampType),
  BOOLEAN(DataTypes.BooleanType),
  /** Money in yuan, at most 2 decimals. */
  DECIMAL(DataTypes.createDecimalType(18, 2));

  private final DataType sparkType;

  ColumnType(DataType sparkType) {
    this.sparkType = sparkType;
  }

  public DataType sparkType() {
    return sparkType;
  }
}
