package io.safetynet.simulate;

import io.safetynet.config.PolicyRegistry;
import io.safetynet.config.Scenario;
import io.safetynet.config.ScenarioLoader;
import io.safetynet.engine.Facility;
import io.safetynet.forecast.FinancingConfig;
import io.safetynet.indicators.IndicatorsSpec;
import io.safetynet.indicators.PolicySettings;
import io.safetynet.settle.Policies;
import io.safetynet.settle.SettleInputs;
import io.safetynet.spark.Warehouse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A planner's simulation: re-settles the warehouse's claims under the baseline policies and under each scenario in
 * ONE pass ({@link ScenarioSettler}), measures each ({@link ScenarioMeasures}), overwrites {@code scenario_comparison}
 * in one Delta commit and returns the side-by-side comparison. The settlement table and the policy files are not
 * touched.
 */
public final class SimulateJob {
  public static final String TABLE = "scenario_comparison";
  private static final StructType TABLE_SCHEMA = new StructType()
      .add("scenario", DataTypes.StringType, false)
      .add("scenario_file", DataTypes.StringType, false)
      .add("policy_id", DataTypes.StringType, false)
      .add("policy_version", DataTypes.StringType, false)
      .add("elasticity", DataTypes.DoubleType, true)
      .add("metric", DataTypes.StringType, false)
      .add("label", DataTypes.StringType, false)
      .add("unit", DataTypes.StringType, false)
      .add("baseline", DataTypes.createDecimalType(20, 6), true)
      .add("value", DataTypes.createDecimalType(20, 6), true)
      .add("delta", DataTypes.createDecimalType(20, 6), true)
      .add("baseline_note", DataTypes.StringType, true)
      .add("note", DataTypes.StringType, true);

  /**
   * What to simulate.
   *
   * @param elasticity utilisation response (admissions to OOP price), null = off
   * @param forecastYears years ahead for the shortfall forecast
   */
  public record Spec(String warehouse, Path policies, List<Path> scenarioFiles, Double elasticity,
      Path indicatorsConfig, Path financingConfig, int forecastYears) {
    public Spec {
      scenarioFiles = List.copyOf(scenarioFiles);
      if (scenarioFiles.isEmpty()) {
        throw new IllegalArgumentException("simulate: give at least one --scenario FILE (see conf/scenarios/)");
      }
    }
  }

  /** Everything loaded and validated before Spark does any work, so a bad file fails fast. */
  public record Plan(Spec spec, PolicyRegistry baseline, List<Scenario> scenarios, IndicatorsSpec indicators,
      FinancingConfig financing, UtilisationResponse response) {}

  public record Result(Comparison comparison, long claims, long rowsWritten) {}

  private final SparkSession spark;
  private final Consumer<String> progress;

  public SimulateJob(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /** Loads the baseline policies, the scenarios (applied to them) and the indicator and financing configs. */
  public static Plan plan(Spec spec) {
    PolicyRegistry baseline = Policies.load(spec.policies());
    List<Scenario> scenarios = ScenarioLoader.loadAll(spec.scenarioFiles(), spec.policies(), baseline);
    // the baseline's targets are the yardstick for every scenario, so "below target" compares like with like
    return new Plan(spec, baseline, scenarios,
        PolicySettings.spec(spec.warehouse(), baseline, spec.indicatorsConfig()),
        FinancingConfig.load(spec.financingConfig()),
        spec.elasticity() == null ? null : new UtilisationResponse(spec.elasticity()));
  }

  public Result run(Plan plan) {
    long start = System.nanoTime();
    Warehouse w = new Warehouse(spark, plan.spec().warehouse());
    List<String> names = names(plan);
    Dataset<Row> wide = settleWide(plan).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long claims = wide.count();
      progress.accept(String.format("simulate: %,d claim settlements (%d scenarios + baseline) in one pass, %.1f s",
          claims * names.size(), plan.scenarios().size(), (System.nanoTime() - start) / 1e9));
      Comparison c;
      try (ScenarioMeasures m = new ScenarioMeasures(spark, wide, names)) {
        m.funds();
        m.householdOop(OopCeilings.of(plan.baseline()));
        m.targets(plan.indicators().targets());
        m.poverty(w.read(Warehouse.HOUSEHOLDS), plan.indicators().poverty());
        m.shortfall(w.read(Warehouse.ENROLMENT), plan.financing(), plan.spec().forecastYears());
        c = comparison(plan, m);
      }
      long written = write(w, plan, c);
      progress.accept(String.format("simulate: %d rows written to %s in %.1f s", written, w.path(TABLE),
          (System.nanoTime() - start) / 1e9));
      return new Result(c, claims, written);
    } finally {
      wide.unpersist();
    }
  }

  /**
   * Every active claim settled under the baseline and each scenario, one row per claim and scenario with the
   * settlement table's column names ({@link ScenarioRows#longView}).
   */
  Dataset<Row> settleAll(Plan plan) {
    return ScenarioRows.longView(settleWide(plan), names(plan));
  }

  /**
   * Every active claim settled under the baseline and each scenario, one wide row per claim ({@link ScenarioRows}),
   * from one read of the claims and one mapPartitions over whole person-years.
   */
  private Dataset<Row> settleWide(Plan plan) {
    SettleInputs inputs = new SettleInputs(spark, plan.spec().warehouse());
    Broadcast<Map<String, Facility>> facilities =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(inputs.facilities());
    List<PolicyRegistry> registries = new ArrayList<>(List.of(plan.baseline()));
    plan.scenarios().forEach(s -> registries.add(s.registry()));
    return inputs.personStream()
        .mapPartitions(new ScenarioSettler(facilities, names(plan), registries, plan.response()),
            Encoders.row(ScenarioRows.wideSchema(registries.size())));
  }

  private static List<String> names(Plan plan) {
    List<String> names = new ArrayList<>(List.of(ScenarioLoader.BASELINE));
    plan.scenarios().forEach(s -> names.add(s.name()));
    return names;
  }

  private static Comparison comparison(Plan plan, ScenarioMeasures m) {
    ScenarioResult base = new ScenarioResult(ScenarioLoader.BASELINE, "conf/policies", "as configured",
        m.values(ScenarioLoader.BASELINE), m.notes(ScenarioLoader.BASELINE));
    List<ScenarioResult> out = new ArrayList<>();
    for (Scenario s : plan.scenarios()) {
      out.add(new ScenarioResult(s.name(), s.file(), s.policy().version(), m.values(s.name()), m.notes(s.name())));
    }
    String note = plan.response() == null
        ? "Utilisation response: off (same admissions as observed; --elasticity E to model one)."
        : "Utilisation response: admissions scaled by (OOP_scenario / OOP_baseline)^" + plan.response().elasticity()
            + " per inpatient/day-case claim (RAND HIE, Manning et al. 1987, AER); amounts are expected values.";
    return new Comparison(base, out, note);
  }

  /** One overwrite = one Delta commit: readers see the previous comparison or this one, never a mix. */
  private long write(Warehouse w, Plan plan, Comparison c) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < c.scenarios().size(); i++) {
      ScenarioResult r = c.scenarios().get(i);
      Scenario s = plan.scenarios().get(i);
      for (Metric metric : Metric.values()) {
        out.add(RowFactory.create(r.name(), r.file(), s.policyId(), r.policyVersion(),
            plan.response() == null ? null : plan.response().elasticity(), metric.name(), metric.label(),
            metric.unit().name(), scaled(c.baseline().value(metric)), scaled(r.value(metric)),
            scaled(Comparison.delta(c.baseline(), r, metric)), c.baseline().notes().get(metric),
            r.notes().get(metric)));
      }
    }
    spark.createDataFrame(out, TABLE_SCHEMA).coalesce(1).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true").save(w.path(TABLE));
    return out.size();
  }

  private static BigDecimal scaled(BigDecimal v) {
    return v == null ? null : v.setScale(6, RoundingMode.HALF_UP);
  }
}
