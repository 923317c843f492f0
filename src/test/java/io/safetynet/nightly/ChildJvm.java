package io.safetynet.nightly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM on the test classpath with the --add-opens flags Spark needs (the pom's {@code spark.java.opens},
 * the same list the launcher uses). Its stdout is collected line by line so a test can wait for a stage marker;
 * its stderr (Spark's log) goes to a file. Used by the fault tests (SIGKILL in a stage) and the cluster test.
 */
final class ChildJvm implements AutoCloseable {
  static final Path PROJECT = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Path stderr;
  private final Thread reader;

  /** Children still running when the test JVM is stopped (Maven interrupted) are killed with it. */
  private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(p -> {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }), "kill-child-jvms"));
  }

  private ChildJvm(Process process, Path stderr) {
    LIVE.add(process);
    process.onExit().thenRun(() -> LIVE.remove(process));
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::readStdout, "child-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code java <opens> <jvmArgs> -cp <test classpath> <mainClass> <args>}. */
  static ChildJvm start(Path stderr, Map<String, String> env, List<String> jvmArgs, String mainClass,
      String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(opens());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile())
        .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
    pb.environment().putAll(env);
    try {
      return new ChildJvm(pb.start(), stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The nightly command of the CLI on a warehouse, as the launcher runs it (sample data, built-in key). */
  static ChildJvm nightly(Path warehouse, Path stderr, List<String> jvmArgs) {
    List<String> all = new ArrayList<>(List.of("-Xmx1500m", "-Dsafetynet.home=" + PROJECT));
    all.addAll(jvmArgs);
    return start(stderr, Map.of(), all, "io.safetynet.cli.Main", "nightly", "--warehouse", warehouse.toString());
  }

  /** The flags of the pom property {@code spark.java.opens}. */
  static List<String> opens() {
    try {
      Matcher m = Pattern.compile("<spark.java.opens>(.*)</spark.java.opens>")
          .matcher(Files.readString(PROJECT.resolve("pom.xml")));
      if (!m.find()) {
        throw new IllegalStateException("no <spark.java.opens> in pom.xml");
      }
      return List.of(m.group(1).trim().split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readStdout() {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process was killed: its pipe closed
    }
    synchronized (lines) {
      lines.notifyAll();
    }
  }

  /** Waits for a stdout line matching {@code p}; false if the process ended or the time ran out first. */
  boolean awaitLine(Predicate<String> p, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (p.test(lines.get(seen))) {
            return true;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return false;
        }
        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, TimeUnit.SECONDS.toNanos(1)))));
      }
    }
  }

  boolean printed(String prefix) {
    synchronized (lines) {
      return lines.stream().anyMatch(l -> l.startsWith(prefix));
    }
  }

  /** SIGKILL (destroyForcibly on Linux), then waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  int waitFor(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new AssertionError("child JVM did not finish in " + timeoutSeconds + " s; " + describe());
    }
    reader.join(5000);
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  String stdout() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }

  /** stdout and the end of stderr, for assertion messages. */
  String describe() {
    String err = stderr();
    return "stdout:\n" + stdout() + "\nstderr (end):\n" + err.substring(Math.max(0, err.length() - 4000));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
