package io.safetynet.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.cli.CliContext;
import io.safetynet.cli.Main;
import io.safetynet.indicators.IndicatorsJob;
import io.safetynet.indicators.PolicySettings;
import io.safetynet.nightly.WarehouseComparison;
import io.safetynet.settle.Policies;
import io.safetynet.spark.LocalFiles;
import io.safetynet.spark.TestSpark;
import io.safetynet.spark.WarehouseLock;
import io.safetynet.spark.WarehouseLockedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command a user runs, on a warehouse in a real distributed file system: an in-process HDFS (one namenode,
 * one datanode) holds {@code hdfs://127.0.0.1:<port>/wh}, and the CLI runs in this JVM's shared session: nightly on
 * the sample data, a day (one corrected and one new claim) ingested and settled with the indicators refreshed,
 * a scenario, a forecast, inspect, explain and export. The same commands on a {@code file:///} warehouse must
 * leave every table equal, row for row.
 */
@Tag("hdfs")
class HdfsWarehouseTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path BASE = PROJECT.resolve("target/hdfs-warehouse-test");
  private static MiniDFSCluster cluster;
  private static String hdfs;

  @TempDir Path tmp;

  @BeforeAll
  static void startHdfs() throws Exception {
    LocalFiles.deleteTree(BASE);
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, BASE.toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    // one datanode: files are written with one replica (the client's default of 3 would only log warnings)
    TestSpark.session().sparkContext().hadoopConfiguration().set("dfs.replication", "1");
  }

  @AfterAll
  static void stopHdfs() throws Exception {
    if (cluster != null) {
      FileSystem.get(java.net.URI.create(hdfs), TestSpark.session().sparkContext().hadoopConfiguration()).close();
      cluster.shutdown(true);
    }
  }

  @Test
  void everyCommandOnHdfsLeavesWhatTheLocalRunLeaves() throws Exception {
    Path key = Files.writeString(tmp.resolve("pii.key"), "hdfs-warehouse-test-key-0123456789");
    Path day = writeDay(tmp.resolve("day"));
    String onHdfs = hdfs + "/wh";
    String local = tmp.resolve("local").toUri().toString(); // file:///...: a URI, not a plain path

    List<String> hdfsOut = runEveryCommand(onHdfs, key, day, tmp.resolve("hdfs-settlement.csv"));
    List<String> localOut = runEveryCommand(local, key, day, tmp.resolve("local-settlement.csv"));

    List<String> tables = WarehouseComparison.tables(local);
    assertTrue(tables.containsAll(List.of("claims", "quarantine", "settlement", "reconciliation", "ind_target_gap",
        "inspection_flags", "fund_projection", "scenario_comparison")), tables.toString());
    assertEquals(tables, WarehouseComparison.tables(onHdfs));
    assertEquals(List.of(), WarehouseComparison.differences(local, onHdfs, tables));
    assertEquals(sortedLines(tmp.resolve("local-settlement.csv")), sortedLines(tmp.resolve("hdfs-settlement.csv")));
    assertEquals(localOut.get(0), hdfsOut.get(0), "explain prints the same trace");

    // the tables, the dashboard and nothing else is on HDFS: the lock file went with the last run
    FileSystem fs = WarehouseTables.fileSystem(TestSpark.session(), new org.apache.hadoop.fs.Path(onHdfs));
    assertTrue(fs.getFileStatus(new org.apache.hadoop.fs.Path(onHdfs + "/dashboard/index.html")).getLen() > 100_000);
    assertFalse(fs.exists(new org.apache.hadoop.fs.Path(onHdfs, WarehouseLock.FILE_NAME)));
    WarehouseTables.delete(TestSpark.session(), onHdfs, "scenario_comparison");
    assertFalse(WarehouseTables.exists(TestSpark.session(), onHdfs, "scenario_comparison"));
    assertFalse(WarehouseTables.list(TestSpark.session(), onHdfs).contains("scenario_comparison"));
    // the file:/// run kept an OS lock in its own directory, not in a directory named "file:" here
    assertTrue(Files.exists(tmp.resolve("local").resolve(WarehouseLock.FILE_NAME)));
    assertFalse(Files.exists(PROJECT.resolve("file:")));
  }

  @Test
  void aSecondRunOnHdfsIsRefusedUntilTheFirstEnds() {
    String root = hdfs + "/locked";
    Configuration conf = TestSpark.session().sparkContext().hadoopConfiguration();
    try (WarehouseLock first = WarehouseLock.acquire(root, conf)) {
      WarehouseLockedException e =
          assertThrows(WarehouseLockedException.class, () -> WarehouseLock.acquire(root, conf));
      assertTrue(e.getMessage().startsWith("Another safetynet run (host "), e.getMessage());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(e.getMessage().contains("if the run was killed, delete the file and retry"), e.getMessage());
    }
    try (WarehouseLock again = WarehouseLock.acquire(root, conf)) {
      assertTrue(WarehouseTables.list(TestSpark.session(), root).isEmpty());
    }
  }

  @Test
  void theDashboardFileIsReplacedWholeOnHdfs() throws Exception {
    SparkSession spark = TestSpark.session();
    String root = hdfs + "/replaced";
    WarehouseTables.writeFile(spark, root, "dashboard/index.html", "yesterday");
    String out = WarehouseTables.writeFile(spark, root, "dashboard/index.html", "today");
    FileSystem fs = WarehouseTables.fileSystem(spark, new org.apache.hadoop.fs.Path(out));
    try (var in = fs.open(new org.apache.hadoop.fs.Path(out))) {
      assertEquals("today", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(1, fs.listStatus(new org.apache.hadoop.fs.Path(root, "dashboard")).length, "no .partial left");
  }

  /**
   * nightly, a day's ingest and settle with the indicators, simulate, forecast, inspect, explain X1, export;
   * returns explain's output.
   */
  private List<String> runEveryCommand(String wh, Path key, Path day, Path export) throws Exception {
    SparkSession spark = TestSpark.session();
    cli("nightly", "--warehouse", wh, "--pii-key-file", key.toString());
    cli("ingest", "--warehouse", wh, "--input", day.toString(), "--pii-key-file", key.toString());
    cli("settle", "--warehouse", wh);
    new IndicatorsJob(PolicySettings.spec(wh, Policies.load(PROJECT.resolve("conf/policies")),
        PROJECT.resolve("conf/indicators.yaml"))).run(spark);
    cli("simulate", "--warehouse", wh, "--scenario", "conf/scenarios/xiaogan-critical-deductible-3000.yaml");
    cli("forecast", "--warehouse", wh, "--years", "2");
    cli("inspect", "--warehouse", wh);
    String explained = cli("explain", "--warehouse", wh, "--claim", "X1");
    assertTrue(explained.startsWith("单据 X1：") && explained.contains("参保人 P-X-0001"), explained);
    cli("export", "--warehouse", wh, "--table", "settlement", "--output", export.toString());
    String counted = cli("sql", "--warehouse", wh, "SELECT count(*) AS n FROM settlement WHERE claim_id LIKE '%-D1'");
    assertTrue(counted.contains("1"), counted);
    return List.of(explained);
  }

  /** Runs one command through the CLI entry, as a user would; prints its seconds, the test's time budget. */
  private String cli(String... args) {
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(name -> TestSpark.session(), Map.of(), PROJECT, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertEquals(0, Main.run(args, ctx), String.join(" ", args) + ": " + err);
    System.out.printf("HdfsWarehouseTest: %-8s on %-4s %6.1f s%n", args[0], args[2].substring(0, args[2].indexOf(':')),
        (System.nanoTime() - start) / 1e9);
    return out.toString();
  }

  /**
   * A day's batch: the sample's first claim corrected (10 yuan more in-policy cost) and a new claim like it, with
   * the facilities and enrolment it refers to.
   */
  private static Path writeDay(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path sample = PROJECT.resolve("sample-data");
    Files.copy(sample.resolve("facilities.csv"), dir.resolve("facilities.csv"));
    Files.copy(sample.resolve("enrolment.csv"), dir.resolve("enrolment.csv"));
    List<String> lines = Files.readAllLines(sample.resolve("claims.csv"), StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<String> corrected = new ArrayList<>(Arrays.asList(lines.get(1).split(",", -1)));
    for (String money : List.of("total_cost", "in_policy_cost")) {
      int i = header.indexOf(money);
      corrected.set(i, new java.math.BigDecimal(corrected.get(i)).add(java.math.BigDecimal.TEN).toPlainString());
    }
    List<String> added = new ArrayList<>(corrected);
    added.set(header.indexOf("claim_id"), corrected.get(header.indexOf("claim_id")) + "-D1");
    Files.write(dir.resolve("claims.csv"),
        List.of(lines.get(0), String.join(",", corrected), String.join(",", added)), StandardCharsets.UTF_8);
    return dir;
  }

  private static List<String> sortedLines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
  }
}
