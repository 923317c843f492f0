package io.safetynet.indicators;

import io.safetynet.engine.Money;
import java.math.BigDecimal;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/** Registers {@code money_round(x)}: the product's one rounding rule ({@link Money#round}) inside Spark SQL. */
public final class MoneyUdf {
  public static final String NAME = "money_round";

  private MoneyUdf() {}

  public static void register(SparkSession spark) {
    spark.udf()
        .register(
            NAME,
            (UDF1<BigDecimal, BigDecimal>) v -> v == null ? null : Money.round(v),
            DataTypes.createDecimalType(18, 2));
  }
}
