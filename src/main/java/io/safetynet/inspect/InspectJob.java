package io.safetynet.inspect;

import io.safetynet.indicators.FrequentAdmissions;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.MoneyUdf;
import io.safetynet.indicators.OutOfCatalogueIndicators;
import io.safetynet.indicators.Tables;
import static io.safetynet.indicators.Format.pct;
import static io.safetynet.indicators.Format.points;
import static io.safetynet.indicators.Format.yuan;
import static org.apache.spark.sql.functions.expr;

import io.safetynet.inspect.InspectionFlag.Type;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds facilities for inspectors from {@code settlement}: over the out-of-catalogue limit, far above their tier's
 * peers (PEPPER-style percentile), frequent admissions, and large differences between what the hospital's system
 * paid (reported_*) and what the rules say. Writes {@code inspection_flags} in one commit and returns a ranked,
 * printable report. Aggregation runs in Spark; only one row per facility (and facility-month) reaches the driver.
 */
public final class InspectJob {
  public static final String TABLE = "inspection_flags";
  static final int MAX_CLAIM_IDS = 50;
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final StructType SCHEMA =
      new StructType()
          .add("facility_id", DataTypes.StringType)
          .add("facility_region_code", DataTypes.StringType)
          .add("tier", DataTypes.StringType)
          .add("flag_type", DataTypes.StringType)
          // 34 integer digits: a sum of |reported - recomputed| over every claim fits, where decimal(18,4) turned a
          // reported 9999999999999999.99 into a null score
          .add("score", DataTypes.createDecimalType(38, 4))
          .add("rank", DataTypes.IntegerType)
          .add("evidence", DataTypes.StringType)
          .add("claim_ids", DataTypes.createArrayType(DataTypes.StringType));

  private final InspectSpec spec;

  public InspectJob(InspectSpec spec) {
    this.spec = spec;
  }

  public InspectResult run(SparkSession spark) {
    MoneyUdf.register(spark);
    // not cached: each check reads only the Parquet columns it needs (see IndicatorsJob)
    Dataset<Row> settled = Tables.activeSettlement(spark, spec.warehouseRoot());
    List<Row> facilities = controlledPerFacility(spark, settled);
    Map<String, Map<String, BigDecimal[]>> monthly = monthlyShares(spark, settled);
    List<InspectionFlag> flags = new ArrayList<>();
    flags.addAll(rank(overLimit(facilities, monthly)));
    flags.addAll(rank(peerOutliers(facilities)));
    flags.addAll(rank(frequentAdmissions(settled)));
    flags.addAll(rank(reconciliation(settled)));
    List<Row> rows = new ArrayList<>();
    for (InspectionFlag f : flags) {
      rows.add(RowFactory.create(f.facilityId(), f.facilityRegionCode(), f.tier(), f.type().name(), f.score(),
          f.rank(), f.evidence(), f.claimIds().toArray(new String[0])));
    }
    Tables.overwrite(spark, spark.createDataFrame(rows, SCHEMA), spec.warehouseRoot(), TABLE);
    return new InspectResult(flags, InspectionReport.format(flags));
  }

  /** Per facility: special-category inpatient totals against the limit, worst-excess claims first. */
  private List<Row> controlledPerFacility(SparkSession spark, Dataset<Row> settled) {
    String excess = "greatest(out_of_catalogue_cost - coalesce(ooc_limit, 1) * total_cost, 0)";
    return OutOfCatalogueIndicators.withLimits(spark, settled, spec.outOfCatalogueLimits())
        .filter(OutOfCatalogueIndicators.CONTROLLED)
        .groupBy("facility_id", "facility_region_code", "tier", "ooc_limit")
        .agg(
            expr("sum(total_cost)").as("t"),
            expr("sum(out_of_catalogue_cost)").as("o"),
            expr("count(1)").as("claims"),
            expr("count_if(" + excess + " > 0)").as("excess_claims"),
            expr("sum(hospital_borne)").as("hospital"),
            expr("slice(transform(sort_array(collect_list(case when " + excess + " > 0 then struct(-" + excess
                    + " as k, claim_id) end)), x -> x.claim_id), 1, " + MAX_CLAIM_IDS + ")")
                .as("excess_ids"),
            expr("slice(transform(sort_array(collect_list(case when out_of_catalogue_cost > 0 then"
                    + " struct(-out_of_catalogue_cost as k, claim_id) end)), x -> x.claim_id), 1, " + MAX_CLAIM_IDS
                    + ")")
                .as("ooc_ids"))
        .filter("t > 0")
        .orderBy("facility_id")
        .collectAsList();
  }

  /** facility -> month -> {controlled T, controlled O}. */
  private Map<String, Map<String, BigDecimal[]>> monthlyShares(SparkSession spark, Dataset<Row> settled) {
    Map<String, Map<String, BigDecimal[]>> out = new TreeMap<>();
    settled.filter(OutOfCatalogueIndicators.CONTROLLED)
        .groupBy("facility_id", "month")
        .agg(expr("sum(total_cost)"), expr("sum(out_of_catalogue_cost)"))
        .collectAsList()
        .forEach(r -> out.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
            .put(r.getString(1), new BigDecimal[] {r.getDecimal(2), r.getDecimal(3)}));
    return out;
  }

  private List<InspectionFlag> overLimit(List<Row> facilities, Map<String, Map<String, BigDecimal[]>> monthly) {
    TreeSet<String> months = new TreeSet<>();
    monthly.values().forEach(m -> months.addAll(m.keySet()));
    List<String> recent = new ArrayList<>(months.descendingSet()).subList(0, Math.min(spec.trendMonths(), months.size()));
    java.util.Collections.reverse(recent);
    List<InspectionFlag> out = new ArrayList<>();
    for (Row r : facilities) {
      if (r.isNullAt(3)) {
        continue;
      }
      BigDecimal limit = r.getDecimal(3);
      BigDecimal share = r.getDecimal(5).divide(r.getDecimal(4), MC);
      if (share.compareTo(limit) <= 0) {
        continue;
      }
      Map<String, BigDecimal[]> byMonth = monthly.getOrDefault(r.getString(0), Map.of());
      String trend = recent.stream()
          .map(m -> m + " " + (byMonth.containsKey(m) && byMonth.get(m)[0].signum() > 0
              ? pct(byMonth.get(m)[1].divide(byMonth.get(m)[0], MC)) : "-"))
          .collect(Collectors.joining(", "));
      String evidence = String.format(
          "out-of-catalogue share %s vs limit %s (+%s points) on %d special-category inpatient claims; %d claims over"
              + " the limit; hospital-borne %s yuan; last %d months: %s",
          pct(share), pct(limit), points(share.subtract(limit)), r.getLong(6), r.getLong(7),
          yuan(r.getDecimal(8)), recent.size(), trend);
      out.add(flag(r, Type.OOC_OVER_LIMIT, share.subtract(limit), evidence, r.getList(9)));
    }
    return out;
  }

  private List<InspectionFlag> peerOutliers(List<Row> facilities) {
    Map<String, List<Row>> byTier = facilities.stream().collect(Collectors.groupingBy(r -> r.getString(2), TreeMap::new,
        Collectors.toList()));
    List<InspectionFlag> out = new ArrayList<>();
    byTier.forEach((tier, peers) -> {
      if (peers.size() < spec.minPeers()) {
        return;
      }
      List<BigDecimal> shares = peers.stream().map(r -> r.getDecimal(5).divide(r.getDecimal(4), MC)).sorted()
          .collect(Collectors.toList());
      BigDecimal median = shares.get(shares.size() / 2);
      for (Row r : peers) {
        BigDecimal share = r.getDecimal(5).divide(r.getDecimal(4), MC);
        BigDecimal percentile = percentRank(shares, share);
        if (percentile.compareTo(spec.peerPercentile()) >= 0 && share.compareTo(median) > 0) {
          String evidence = String.format(
              "out-of-catalogue share %s at percentile %s of %d %s facilities (median %s)",
              pct(share), percentile.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP),
              peers.size(), tier, pct(median));
          out.add(flag(r, Type.OOC_PEER_OUTLIER, percentile, evidence, r.getList(10)));
        }
      }
    });
    return out;
  }

  /** PERCENT_RANK: (number of peers strictly below) / (peers - 1). */
  static BigDecimal percentRank(List<BigDecimal> sortedShares, BigDecimal share) {
    long below = sortedShares.stream().filter(s -> s.compareTo(share) < 0).count();
    return BigDecimal.valueOf(below).divide(BigDecimal.valueOf(sortedShares.size() - 1L), 4, RoundingMode.HALF_UP);
  }

  private List<InspectionFlag> frequentAdmissions(Dataset<Row> settled) {
    Dataset<Row> facilities = settled.select("facility_id", "facility_region_code", "tier").distinct();
    List<Row> rows = FrequentAdmissions.inClusters(settled)
        .groupBy("facility_id")
        .agg(expr("count(1)").as("n"), expr("count(distinct person_id)").as("persons"),
            expr("slice(sort_array(collect_list(claim_id)), 1, " + MAX_CLAIM_IDS + ")").as("ids"))
        .filter("n >= " + FrequentAdmissions.MIN_ADMISSIONS)
        .join(facilities, "facility_id")
        .select("facility_id", "facility_region_code", "tier", "n", "persons", "ids")
        .collectAsList();
    List<InspectionFlag> out = new ArrayList<>();
    for (Row r : rows) {
      String evidence = String.format("%d admissions of %d persons admitted %d+ times within %d days",
          r.getLong(3), r.getLong(4), FrequentAdmissions.MIN_ADMISSIONS, FrequentAdmissions.WINDOW_DAYS);
      out.add(new InspectionFlag(r.getString(0), r.getString(1), r.getString(2), Type.FREQUENT_ADMISSIONS,
          BigDecimal.valueOf(r.getLong(3)), 0, evidence, r.getList(5)));
    }
    return out;
  }

  private List<InspectionFlag> reconciliation(Dataset<Row> settled) {
    String[] funds = {"basic", "critical", "assistance", "supplementary"};
    List<String> diffs = new ArrayList<>();
    for (String f : funds) {
      diffs.add("abs(coalesce(reported_" + f + "_paid - " + f + "_paid, 0))");
    }
    String total = String.join(" + ", diffs);
    Dataset<Row> perClaim = settled.selectExpr("facility_id", "facility_region_code", "tier", "claim_id",
        diffs.get(0) + " as d_basic", diffs.get(1) + " as d_critical", diffs.get(2) + " as d_assistance",
        diffs.get(3) + " as d_supplementary", "(" + total + ") as d");
    List<Row> rows = perClaim.filter("d > 0")
        .groupBy("facility_id", "facility_region_code", "tier")
        .agg(expr("sum(d)").as("d"), expr("count(1)").as("claims"), expr("sum(d_basic)"), expr("sum(d_critical)"),
            expr("sum(d_assistance)"), expr("sum(d_supplementary)"),
            expr("slice(transform(sort_array(collect_list(struct(-d as k, claim_id))), x -> x.claim_id), 1, "
                + MAX_CLAIM_IDS + ")").as("ids"))
        .filter(expr("d >= " + spec.reconciliationMinimum().toPlainString()))
        .collectAsList();
    List<InspectionFlag> out = new ArrayList<>();
    for (Row r : rows) {
      String evidence = String.format(
          "hospital-reported payments differ from the recomputed settlement by %s yuan on %d claims"
              + " (basic %s, critical %s, assistance %s, supplementary %s)",
          yuan(r.getDecimal(3)), r.getLong(4), yuan(r.getDecimal(5)), yuan(r.getDecimal(6)), yuan(r.getDecimal(7)),
          yuan(r.getDecimal(8)));
      out.add(new InspectionFlag(r.getString(0), r.getString(1), r.getString(2), Type.RECONCILIATION_DIFFERENCE,
          r.getDecimal(3), 0, evidence, r.getList(9)));
    }
    return out;
  }

  private static InspectionFlag flag(Row r, Type type, BigDecimal score, String evidence, List<String> ids) {
    return new InspectionFlag(r.getString(0), r.getString(1), r.getString(2), type, score, 0, evidence, ids);
  }

  /** Worst first (score descending, then facility id); ranks 1..n within the flag type. */
  static List<InspectionFlag> rank(List<InspectionFlag> flags) {
    List<InspectionFlag> sorted = new ArrayList<>(flags);
    sorted.sort(Comparator.comparing(InspectionFlag::score).reversed().thenComparing(InspectionFlag::facilityId));
    List<InspectionFlag> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      InspectionFlag f = sorted.get(i);
      out.add(f.ranked(i + 1).withScore(f.score().setScale(4, RoundingMode.HALF_UP)));
    }
    return out;
  }

  static Map<Type, List<InspectionFlag>> byType(List<InspectionFlag> flags) {
    Map<Type, List<InspectionFlag>> out = new EnumMap<>(Type.class);
    flags.forEach(f -> out.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f));
    return out;
  }
}
