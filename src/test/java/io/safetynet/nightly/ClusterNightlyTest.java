package io.safetynet.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safetynet.ingest.PiiKey;
import io.safetynet.spark.TestSpark;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job through a real Spark standalone cluster on loopback: a master and two workers (one core each)
 * as separate JVMs from the project's own Maven dependencies, so every task runs in an executor JVM and the
 * policies, rules and row functions really cross the wire. The results must equal a local run's (in the test
 * JVM's shared session).
 *
 * <p>A standalone worker starts executors with the classpath {@code $SPARK_HOME/jars/*}: the test makes a
 * SPARK_HOME whose {@code jars/} links every jar of the test classpath, and ships the project's classes to the
 * executors as an application jar ({@code spark.jars}), as {@code spark-submit} would.
 *
 * <p>Run: {@code mvn -B test -Dgroups=cluster -DexcludedTestGroups=none -Dtest=ClusterNightlyTest}.
 */
@Tag("cluster")
class ClusterNightlyTest {
  private static final long RUN_SECONDS = 600;
  private static final Path WORK = ChildJvm.PROJECT.resolve("target/cluster-test");

  @TempDir Path tmp;

  @Test
  void nightlyOnAStandaloneClusterEqualsTheLocalRun() throws Exception {
    deleteWorkDirs();
    Path sparkHome = fakeSparkHome(tmp.resolve("spark-home"));
    Path appJar = appJar(tmp.resolve("safetynet-classes.jar"));
    int port = freePort();
    String master = "spark://127.0.0.1:" + port;
    Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_LOCAL_IP", "127.0.0.1");
    // the daemons log at INFO (the project's quiet test config would hide "Registering worker")
    Path log4j = Files.writeString(tmp.resolve("log4j2-daemons.properties"), String.join("\n",
        "rootLogger.level = info", "rootLogger.appenderRef.stderr.ref = stderr", "appender.stderr.type = Console",
        "appender.stderr.name = stderr", "appender.stderr.target = SYSTEM_ERR", "appender.stderr.layout.type = "
            + "PatternLayout", "appender.stderr.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n", ""));
    List<String> daemonJvm = List.of("-Xmx512m", "-Dlog4j2.configurationFile=" + log4j);
    List<ChildJvm> daemons = new ArrayList<>();
    try {
      ChildJvm m = ChildJvm.start(tmp.resolve("master.err"), env, daemonJvm,
          "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--webui-port", Integer.toString(freePort()));
      daemons.add(m);
      for (int i = 1; i <= 2; i++) {
        Path work = Files.createDirectories(WORK.resolve("worker-" + i));
        daemons.add(ChildJvm.start(tmp.resolve("worker-" + i + ".err"), env, daemonJvm,
            "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
            "--work-dir", work.toString(), "--webui-port", Integer.toString(freePort()), master));
      }
      awaitWorkers(m, 2, 180);

      Path clustered = tmp.resolve("cluster-warehouse");
      try (ChildJvm run = ChildJvm.nightly(clustered, tmp.resolve("cluster-run.err"), List.of(
          "-Dspark.master=" + master,
          "-Dspark.driver.host=127.0.0.1",
          "-Dspark.driver.bindAddress=127.0.0.1",
          "-Dspark.jars=" + appJar,
          "-Dspark.executor.memory=768m",
          "-Dspark.executor.cores=1",
          "-Dspark.cores.max=2",
          "-Dspark.sql.shuffle.partitions=2",
          "-Dspark.databricks.delta.snapshotPartitions=2",
          "-Dspark.ui.enabled=false"))) {
        assertEquals(0, run.waitFor(RUN_SECONDS), "nightly on the cluster: " + run.describe());
      }
      assertEquals(2, executors(), "one executor JVM per worker ran (a work dir app-*/<id>/ each)");

      // the reference: the same nightly, local, in this JVM's shared session (as the CLI runs it, but no third
      // JVM to start and warm up on 2 cores)
      Path local = tmp.resolve("local-warehouse");
      Path sample = ChildJvm.PROJECT.resolve("sample-data");
      new NightlyJob(TestSpark.session(), line -> { }).run(new NightlySpec(sample.toString(), local.toString(),
          ChildJvm.PROJECT.resolve("conf/policies"), ChildJvm.PROJECT.resolve("conf"),
          PiiKey.resolve(null, Map.of(), sample, sample)));
      List<String> tables = WarehouseComparison.tables(local);
      assertTrue(tables.containsAll(List.of("settlement", "reconciliation", "ind_reimbursement", "ind_target_gap",
          "inspection_flags")), tables.toString());
      assertEquals(tables, WarehouseComparison.tables(clustered));
      assertEquals(List.of(), WarehouseComparison.differences(local, clustered, tables));
    } finally {
      for (ChildJvm d : daemons) {
        stop(d);
      }
    }
  }

  /** SIGTERM first, so a worker's shutdown hook stops its executors; then SIGKILL whatever is left. */
  private static void stop(ChildJvm d) throws InterruptedException {
    ProcessHandle h = ProcessHandle.of(d.pid()).orElse(null);
    if (h == null) {
      return;
    }
    List<ProcessHandle> children = h.descendants().toList();
    h.destroy();
    h.onExit().completeOnTimeout(h, 20, java.util.concurrent.TimeUnit.SECONDS).join();
    d.close();
    for (ProcessHandle c : children) {
      c.destroyForcibly();
    }
  }

  private static void awaitWorkers(ChildJvm master, int count, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      long registered = master.stderr().lines().filter(l -> l.contains("Registering worker")).count();
      if (registered >= count) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(count + " workers did not register in " + seconds + " s: " + master.describe());
  }

  /** Executors started by the workers: each has a directory worker-N/app-ID/EXECUTOR/ holding its stderr. */
  private static long executors() throws IOException {
    try (Stream<Path> s = Files.walk(WORK, 3)) {
      return s.filter(p -> WORK.relativize(p).getNameCount() == 3 && Files.isRegularFile(p.resolve("stderr")))
          .count();
    }
  }

  private static void deleteWorkDirs() throws IOException {
    if (Files.exists(WORK)) {
      try (Stream<Path> s = Files.walk(WORK)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** A SPARK_HOME whose jars/ links every jar on the test classpath (Spark, Delta, Jackson, ...). */
  private static Path fakeSparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("conf"));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
      }
    }
    return home;
  }

  /** target/classes as a jar: the application jar spark-submit would ship. */
  private static Path appJar(Path jar) throws IOException {
    Path classes = ChildJvm.PROJECT.resolve("target/classes");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, j);
        j.closeEntry();
      }
    }
    return jar;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
