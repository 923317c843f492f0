package io.safetynet.simulate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The compact rows a simulation emits: ONE wide row per active claim, holding who and what the claim is once and
 * then, for the baseline and each scenario {@code i}, the columns {@code s<i>_<name>} of {@link #PER_SCENARIO} (no
 * trace). {@link #longView} unfolds them into one row per claim and scenario, with the settlement table's column
 * names (settlement-schema.md), so indicator and forecast code written for that table runs on them unchanged.
 * Writing the claim's own columns once per claim, not once per scenario, keeps the cached pass small: at 10.9 M
 * claims and 5 scenarios the per-scenario rows were 8 GiB of cache, more than memory holds.
 *
 * <p>{@code admissions} is the utilisation weight (1 unless {@link UtilisationResponse} applies; the amounts are
 * already scaled by it). A scenario's columns are all null where they would equal the baseline's: where its policy
 * for the claim's region is the baseline's (every region a scenario does not touch), and for each claim it settles
 * exactly as the baseline does (most claims, for a changed deductible or ratio): nothing to cache, and
 * {@link #value} reads the baseline's columns there. A scenario keeps its baseline policy's id, so policy_id too
 * is the same.
 */
public final class ScenarioRows {
  static final DataType MONEY = DataTypes.createDecimalType(18, 2);
  /** The claim's own columns, the same under every scenario. */
  static final StructType CLAIM = new StructType()
      .add("person_id", DataTypes.StringType)
      .add("household_id", DataTypes.StringType)
      .add("region_code", DataTypes.StringType)
      .add("insurance_year", DataTypes.IntegerType)
      .add("category", DataTypes.StringType)
      .add("visit_type", DataTypes.StringType)
      .add("diagnosis_code", DataTypes.StringType)
      .add("status", DataTypes.StringType)
      .add("admission_date", DataTypes.DateType)
      .add("discharge_date", DataTypes.DateType)
      .add("settled_at", DataTypes.TimestampType);
  /** The amounts the measures read, in this order after {@code policy_id} and {@code admissions}. */
  static final String[] AMOUNTS = {
    "total_cost", "in_policy_cost", "basic_paid", "critical_paid", "assistance_paid", "supplementary_in_policy_paid",
    "supplementary_paid", "patient_oop", "funds_paid"
  };
  /** What a scenario changes: the policy that settled the claim, the utilisation weight and the amounts. */
  static final StructType PER_SCENARIO = perScenario();

  private ScenarioRows() {}

  private static StructType perScenario() {
    StructType s = new StructType()
        .add("policy_id", DataTypes.StringType)
        .add("admissions", DataTypes.createDecimalType(12, 6));
    for (String a : AMOUNTS) {
      s = s.add(a, MONEY);
    }
    return s;
  }

  /** The wide row's schema for the baseline plus {@code scenarios - 1} scenarios. */
  static StructType wideSchema(int scenarios) {
    StructType s = CLAIM;
    for (int i = 0; i < scenarios; i++) {
      for (var f : PER_SCENARIO.fields()) {
        s = s.add(columnName(i, f.name()), f.dataType(), true);
      }
    }
    return s;
  }

  private static String prefix(int scenario) {
    return "s" + scenario + "_";
  }

  /**
   * Scenario {@code i}'s {@code field} of a wide row as a SQL expression: its own column, or the baseline's where it
   * is the same as the baseline ({@code admissions}, never null otherwise, is null).
   */
  static String value(int scenario, String field) {
    if (scenario == 0) {
      return columnName(0, field);
    }
    return "CASE WHEN " + columnName(scenario, "admissions") + " IS NULL THEN " + columnName(0, field) + " ELSE "
        + columnName(scenario, field) + " END";
  }

  /** The name of the wide rows' column of scenario {@code i}'s {@code field} (a {@link #PER_SCENARIO} name). */
  static String columnName(int scenario, String field) {
    return prefix(scenario) + field;
  }

  /**
   * One row per claim and scenario, with every {@link #PER_SCENARIO} column: see {@link #longView(Dataset, List,
   * List)}.
   */
  static Dataset<Row> longView(Dataset<Row> wide, List<String> names) {
    return longView(wide, names, Arrays.asList(PER_SCENARIO.fieldNames()));
  }

  /**
   * One row per claim and scenario: {@code scenario} (its name, {@code names.get(i)} for the columns
   * {@code s<i>_*}), the claim's columns and the scenario's {@code fields}, named as in the settlement table. Lazy:
   * every reader unfolds the (cached) wide rows again, which is cheaper than caching the unfolded ones. A reader
   * asks for the fields it reads, as Spark cannot prune a generator's unused outputs and the cache is columnar;
   * {@code inline} (not {@code stack}) so the unfolding is whole-stage generated code.
   */
  static Dataset<Row> longView(Dataset<Row> wide, List<String> names, List<String> fields) {
    return unfold(wide, names, Arrays.asList(CLAIM.fieldNames()), fields, ScenarioRows::value);
  }

  /**
   * An aggregate of the wide rows holding a column {@code s<i>_<field>} per scenario and field, already summed
   * through {@link #value} (so never null for "same as the baseline"), one row per row and scenario:
   * {@code scenario}, the columns {@code keep}, then the {@code fields}.
   */
  static Dataset<Row> unfoldSums(Dataset<Row> sums, List<String> names, List<String> keep, List<String> fields) {
    return unfold(sums, names, keep, fields, ScenarioRows::columnName);
  }

  private static Dataset<Row> unfold(Dataset<Row> wide, List<String> names, List<String> keep, List<String> fields,
      BiFunction<Integer, String, String> valueOf) {
    Column[] structs = new Column[names.size()];
    for (int i = 0; i < names.size(); i++) {
      List<Column> parts = new ArrayList<>(List.of(lit(i).as("scenario_index")));
      for (String f : fields) {
        parts.add(expr(valueOf.apply(i, f)).as(f));
      }
      structs[i] = struct(parts.toArray(Column[]::new));
    }
    Column scenarioNames = array(names.stream().map(n -> lit(n)).toArray(Column[]::new));
    List<Column> unfolded = new ArrayList<>();
    keep.forEach(c -> unfolded.add(col(c)));
    unfolded.add(inline(array(structs)));
    List<Column> out = new ArrayList<>();
    out.add(element_at(scenarioNames, col("scenario_index").plus(1)).as("scenario"));
    keep.forEach(c -> out.add(col(c)));
    fields.forEach(f -> out.add(col(f)));
    return wide.select(unfolded.toArray(Column[]::new)).select(out.toArray(Column[]::new));
  }
}
