package io.safetynet.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.safetynet.spark.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Loads the five input datasets from a directory into the warehouse's cleaned Delta tables: read everything as
 * strings, validate and pseudonymise each row, check references and duplicate keys, quarantine what fails (with
 * the reason), and merge the rest by key. All files are located, their encoding sniffed and their columns checked
 * before anything is written, so a missing file, a misnamed or missing required column stops the run with nothing
 * half-loaded. Rows failing only a reference are also held as pending ({@link PendingRows}) and retried by every
 * later run. Re-running the same input changes nothing (no new table versions).
 */
public final class IngestJob {
  private final SparkSession spark;

  public IngestJob(SparkSession spark) {
    this.spark = spark;
  }

  /** One dataset's input: its files and the contract columns some file lacked. */
  private record Input(List<RawRecords.Source> sources, Set<String> absent) {}

  public IngestResult run(IngestSpec spec) {
    Instant start = Instant.now();
    WarehouseTarget.requireWritable(spec.warehouse());
    Warehouse warehouse = new Warehouse(spark, spec.warehouse());
    List<String> warnings = new ArrayList<>();
    if (spec.key().isSample()) {
      warn(spec, warnings, "using the built-in SAMPLE key for personal data: fine for the sample data, never for "
          + "real data (set " + PiiKey.ENV_KEY + " or --pii-key-file)");
    }
    Map<DatasetSchema, Input> inputs = spec.retryPendingOnly() ? pendingOnly() : locate(spec, warnings);
    PendingRows pending = new PendingRows(warehouse);
    List<IngestResult.DatasetResult> results = new ArrayList<>();
    for (DatasetSchema ds : Datasets.ALL) {
      Input input = inputs.get(ds);
      if (input == null && !ds.references().isEmpty() && pending.count(ds) > 0) {
        input = new Input(List.of(), Set.of()); // no file this time, but rows held from earlier runs to retry
      }
      if (input == null) {
        continue;
      }
      IngestResult.DatasetResult r = load(ds, input, warehouse, pending, spec);
      spec.progress().accept(IngestReport.line(r));
      results.add(r);
    }
    return new IngestResult(spec.runId(), results, warnings, Duration.between(start, Instant.now()));
  }

  /** With --retry-pending: no input files, every dataset that can hold pending rows. */
  private static Map<DatasetSchema, Input> pendingOnly() {
    return new LinkedHashMap<>();
  }

  /** Finds every dataset's files and checks their encoding and columns, before anything is written. */
  private Map<DatasetSchema, Input> locate(IngestSpec spec, List<String> warnings) {
    InputLocator locator = new InputLocator(spec.inputDir(), spark.sparkContext().hadoopConfiguration());
    RawRecords reader = new RawRecords(spark);
    Map<DatasetSchema, Input> inputs = new LinkedHashMap<>();
    for (DatasetSchema ds : Datasets.ALL) {
      Instant start = Instant.now();
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
      Set<String> absent = new LinkedHashSet<>();
      for (SourceFile f : files) {
        if (f.format() != SourceFile.Format.PARQUET) {
          TextEncoding.requireUtf8(f, spark.sparkContext().hadoopConfiguration());
        }
        RawRecords.Source s = reader.read(f);
        absent.addAll(ColumnCheck.check(ds, f, s.columns()));
        read.add(s);
      }
      step(spec, ds, "found " + files.size() + " file(s) " + files.stream().map(SourceFile::name).toList()
          + ", columns checked", start);
      inputs.put(ds, new Input(read, absent));
    }
    return inputs;
  }

  private IngestResult.DatasetResult load(
      DatasetSchema ds, Input input, Warehouse warehouse, PendingRows pending, IngestSpec spec) {
    Instant start = Instant.now();
    RowValidator validator = new RowValidator(ds, spec.key(), spec.runId(), spec.range());
    JavaRDD<RawRecords.Raw> raw = null;
    for (RawRecords.Source s : input.sources()) {
      raw = raw == null ? s.records() : raw.union(s.records());
    }
    if (raw == null) {
      raw = JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
    }
    JavaRDD<Row> validatedRows = raw.mapPartitions(validator::validateAll);
    // cached once: the batch checks, the counts, the quarantine and the merge all read it
    Dataset<Row> validated = spark.createDataFrame(validatedRows, validator.outputSchema())
        .withColumn(PendingRows.FROM_PENDING, lit(false))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> checked = validated;
    try {
      Row first = validated.selectExpr("count(*)", "count_if(" + RowValidator.REASON + " IS NOT NULL)").first();
      step(spec, ds, String.format("read and validated %,d records, %,d invalid", first.getLong(0),
          first.getLong(1)), start);
      Instant checking = Instant.now();
      Dataset<Row> candidates = validated;
      if (!ds.references().isEmpty()) {
        Dataset<Row> held = pending.held(ds, validator.outputSchema(), validated);
        if (held != null) {
          candidates = validated.unionByName(held);
        }
      }
      checked = BatchChecks.duplicates(BatchChecks.references(candidates, ds, warehouse), ds);
      Column bad = col(RowValidator.REASON).isNotNull();
      Column fromPending = col(PendingRows.FROM_PENDING);
      Row counts = checked.selectExpr(
          "count_if(NOT " + PendingRows.FROM_PENDING + ")",
          "count_if(NOT " + PendingRows.FROM_PENDING + " AND " + RowValidator.REASON + " IS NOT NULL)",
          "count_if(" + BatchChecks.COLLAPSED + ")",
          "count_if(" + PendingRows.FROM_PENDING + " AND " + RowValidator.REASON + " IS NULL)").first();
      long read = counts.getLong(0);
      long quarantined = counts.getLong(1);
      long collapsed = counts.getLong(2);
      long pendingLoaded = counts.getLong(3);
      Map<String, Long> top = new LinkedHashMap<>();
      if (quarantined > 0) {
        checked.filter(bad.and(not(fromPending))).groupBy(RowValidator.REASON_KIND).count()
            .orderBy(col("count").desc(), col(RowValidator.REASON_KIND))
            .limit(3).collectAsList()
            .forEach(r -> top.put(r.getString(0), r.getLong(1)));
      }
      step(spec, ds, String.format("checked references and duplicate keys: %,d quarantined, %,d held rows now "
          + "loadable", quarantined, pendingLoaded), checking);
      Instant writing = Instant.now();
      new QuarantineWriter(warehouse).write(ds.name(), spec.runId(),
          withRowText(checked.filter(bad.and(not(fromPending))), ds), quarantined);
      Column[] tableColumns = Arrays.stream(ds.tableSchema().fieldNames()).map(n -> col(n)).toArray(Column[]::new);
      Dataset<Row> batch = checked.filter(not(bad).and(not(col(BatchChecks.COLLAPSED)))).select(tableColumns);
      DeltaMerger.Outcome outcome = new DeltaMerger(warehouse)
          .merge(ds, batch, read - quarantined - collapsed + pendingLoaded, input.absent());
      // last: the held rows are read lazily from the pending table, so it must not change before the merge
      long pendingWaiting = 0;
      if (!ds.references().isEmpty()) {
        List<String> kinds = ds.references().stream().map(BatchChecks::referenceKind).toList();
        pendingWaiting = pending.replace(ds, checked.filter(col(RowValidator.REASON_KIND).isInCollection(kinds)),
            spec.runId());
      }
      step(spec, ds, String.format("merged: %,d inserted, %,d updated, %,d unchanged; quarantine and pending "
          + "written", outcome.inserted(), outcome.updated(), outcome.unchanged()), writing);
      return new IngestResult.DatasetResult(ds.name(), input.sources().stream().map(s -> s.file().name()).toList(),
          read, read - quarantined, quarantined, outcome.inserted(), outcome.updated(), outcome.unchanged(),
          collapsed, top, Duration.between(start, Instant.now()), List.copyOf(input.absent()), pendingLoaded,
          pendingWaiting);
    } finally {
      checked.unpersist();
      validated.unpersist();
    }
  }

  /**
   * Rows failing a check across rows (reference, duplicate key) passed every field check, so the validator kept
   * no quarantine copy: theirs is the cleaned row, personal fields already pseudonymised.
   */
  private static Dataset<Row> withRowText(Dataset<Row> quarantined, DatasetSchema ds) {
    List<Column> cleaned = new ArrayList<>();
    for (String f : ds.tableSchema().fieldNames()) {
      if (!f.equals(DatasetSchema.ROW_HASH) && !f.equals(DatasetSchema.SOURCE_FILE)
          && !f.equals(DatasetSchema.INGEST_RUN)) {
        cleaned.add(col(f));
      }
    }
    return quarantined.withColumn(RowValidator.ROW_TEXT,
        coalesce(col(RowValidator.ROW_TEXT), to_json(struct(cleaned.toArray(Column[]::new)))));
  }

  private static void step(IngestSpec spec, DatasetSchema ds, String what, Instant since) {
    spec.steps().accept(String.format("%-10s %s (%.1f s)", ds.name(), what,
        Duration.between(since, Instant.now()).toMillis() / 1000.0));
  }

  private static void warn(IngestSpec spec, List<String> warnings, String text) {
    warnings.add(text);
    spec.progress().accept("WARNING: " + text);
  }
}
