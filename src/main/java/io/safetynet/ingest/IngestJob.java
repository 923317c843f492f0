package io.safetynet.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import io.safetynet.spark.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Loads the five input datasets from a directory into the warehouse's cleaned Delta tables: read everything as
 * strings, validate and pseudonymise each row, check references and duplicate keys, quarantine what fails (with
 * the reason), and merge the rest by key. All files are located and their columns checked before anything is
 * written, so a missing file or required column stops the run with nothing half-loaded. Re-running the same
 * input changes nothing (no new table versions).
 */
public final class IngestJob {
  private final SparkSession spark;

  public IngestJob(SparkSession spark) {
    this.spark = spark;
  }

  public IngestResult run(IngestSpec spec) {
    Instant start = Instant.now();
    Warehouse warehouse = new Warehouse(spark, spec.warehouse());
    List<String> warnings = new ArrayList<>();
    if (spec.key().isSample()) {
      warn(spec, warnings, "using the built-in SAMPLE key for personal data: fine for the sample data, never for "
          + "real data (set " + PiiKey.ENV_KEY + " or --pii-key-file)");
    }
    Map<DatasetSchema, List<RawRecords.Source>> sources = locate(spec, warnings);
    List<IngestResult.DatasetResult> results = new ArrayList<>();
    for (Map.Entry<DatasetSchema, List<RawRecords.Source>> e : sources.entrySet()) {
      IngestResult.DatasetResult r = load(e.getKey(), e.getValue(), warehouse, spec);
      spec.progress().accept(IngestReport.line(r));
      results.add(r);
    }
    return new IngestResult(spec.runId(), results, warnings, Duration.between(start, Instant.now()));
  }

  /** Finds every dataset's files and checks their columns, before anything is written. */
  private Map<DatasetSchema, List<RawRecords.Source>> locate(IngestSpec spec, List<String> warnings) {
    InputLocator locator = new InputLocator(spec.inputDir(), spark.sparkContext().hadoopConfiguration());
    RawRecords reader = new RawRecords(spark);
    Map<DatasetSchema, List<RawRecords.Source>> sources = new LinkedHashMap<>();
    for (DatasetSchema ds : Datasets.ALL) {
      List<SourceFile> files = locator.find(ds.name());
      if (files.isEmpty()) {
        if (ds.requiredInBatch()) {
          throw new IngestException("The input directory " + spec.inputDir() + " has no " + ds.name()
              + " data. Every batch needs " + ds.name() + ".csv (or " + ds.name() + ".jsonl, " + ds.name()
              + ".parquet, or a directory " + ds.name() + "/ of such files); enrolment, facilities and claims are "
              + "required, referrals and households optional.");
        }
        warn(spec, warnings, ds.name() + ": no " + ds.name() + ".csv/.jsonl/.parquet in the input; skipped "
            + "(optional dataset)");
        continue;
      }
      List<RawRecords.Source> read = new ArrayList<>();
      for (SourceFile f : files) {
        RawRecords.Source s = reader.read(f);
        for (String required : ds.requiredColumns()) {
          if (!s.columns().contains(required)) {
            throw new IngestException(ds.name() + ": file " + f.name() + " has no column '" + required
                + "', which the data contract requires. Add the column (named exactly so, snake_case) and run "
                + "ingest again; nothing was loaded. Columns found: " + s.columns());
          }
        }
        read.add(s);
      }
      sources.put(ds, read);
    }
    return sources;
  }

  private IngestResult.DatasetResult load(
      DatasetSchema ds, List<RawRecords.Source> sources, Warehouse warehouse, IngestSpec spec) {
    Instant start = Instant.now();
    JavaRDD<RawRecords.Raw> raw = null;
    for (RawRecords.Source s : sources) {
      raw = raw == null ? s.records() : raw.union(s.records());
    }
    RowValidator validator = new RowValidator(ds, spec.key(), spec.runId());
    JavaRDD<Row> validatedRows = raw.mapPartitions(validator::validateAll);
    // cached once: the batch checks, the counts, the quarantine and the merge all read it
    Dataset<Row> validated = spark.createDataFrame(validatedRows, validator.outputSchema())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> checked = validated;
    try {
      checked = BatchChecks.duplicates(BatchChecks.references(validated, ds, warehouse), ds);
      Column bad = col(RowValidator.REASON).isNotNull();
      Row counts = checked.selectExpr(
          "count(*)",
          "count_if(" + RowValidator.REASON + " IS NOT NULL)",
          "count_if(" + BatchChecks.COLLAPSED + ")").first();
      long read = counts.getLong(0);
      long quarantined = counts.getLong(1);
      long collapsed = counts.getLong(2);
      Map<String, Long> top = new LinkedHashMap<>();
      if (quarantined > 0) {
        checked.filter(bad).groupBy(RowValidator.REASON_KIND).count()
            .orderBy(col("count").desc(), col(RowValidator.REASON_KIND))
            .limit(3).collectAsList()
            .forEach(r -> top.put(r.getString(0), r.getLong(1)));
      }
      new QuarantineWriter(warehouse).write(ds.name(), spec.runId(), checked.filter(bad), quarantined);
      Column[] tableColumns = java.util.Arrays.stream(ds.tableSchema().fieldNames())
          .map(n -> col(n)).toArray(Column[]::new);
      Dataset<Row> batch = checked.filter(not(bad).and(not(col(BatchChecks.COLLAPSED)))).select(tableColumns);
      DeltaMerger.Outcome outcome = new DeltaMerger(warehouse).merge(ds, batch, read - quarantined - collapsed);
      return new IngestResult.DatasetResult(ds.name(), sources.stream().map(s -> s.file().name()).toList(),
          read, read - quarantined, quarantined, outcome.inserted(), outcome.updated(), outcome.unchanged(),
          collapsed, top, Duration.between(start, Instant.now()));
    } finally {
      checked.unpersist();
      validated.unpersist();
    }
  }

  private static void warn(IngestSpec spec, List<String> warnings, String text) {
    warnings.add(text);
    spec.progress().accept("WARNING: " + text);
  }
}
