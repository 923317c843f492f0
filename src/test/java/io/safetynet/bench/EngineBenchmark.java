package io.safetynet.bench;

import io.safetynet.bench.EngineWorkload.Item;
import io.safetynet.engine.SettlementEngine;
import io.safetynet.settle.Policies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The settlement engine alone, in memory, one thread: settles generated Xiaogan person-years under the shipped
 * Xiaogan policy, one person-year per invocation. The {@code claims} counter is claims settled per second per
 * core, the ceiling the Spark settle stage is measured against. Run with {@code jobs/bench-engine} from the
 * project directory (it needs {@code conf/policies/xiaogan-2018.yaml}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {
  @Param("5000")
  public int persons;

  @Param("1")
  public int years;

  private EngineWorkload workload;
  private Path scratch;

  /** Claims settled, reported by JMH as a rate next to the person-year rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Claims {
    public long claims;

    @Setup(Level.Iteration)
    public void reset() {
      claims = 0;
    }
  }

  /** Each thread walks the person-years in order, wrapping around. */
  @State(Scope.Thread)
  public static class Cursor {
    final SettlementEngine engine = new SettlementEngine();
    int next;
  }

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path home = Path.of(System.getProperty("safetynet.home", ".")).toAbsolutePath();
    scratch = Files.createTempDirectory("safetynet-engine-bench");
    workload = EngineWorkload.generate(persons, years, scratch,
        Policies.load(home.resolve("conf/policies/xiaogan-2018.yaml")));
  }

  @TearDown(Level.Trial)
  public void cleanUp() throws IOException {
    try (Stream<Path> files = Files.walk(scratch)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public void settlePersonYear(Cursor cursor, Claims counter, Blackhole out) {
    Item item = workload.items().get(cursor.next);
    cursor.next = cursor.next + 1 == workload.items().size() ? 0 : cursor.next + 1;
    out.consume(cursor.engine.settle(item.policy(), item.personYear()));
    counter.claims += item.personYear().claims().size();
  }
}
