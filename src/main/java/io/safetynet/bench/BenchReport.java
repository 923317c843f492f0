package io.safetynet.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bench's printed report: one line per stage, the targets' figures, then the tables' sizes on disk. */
public final class BenchReport {
  private BenchReport() {}

  public static String format(BenchResult r) {
    StringBuilder out = new StringBuilder();
    line(out, "Safetynet bench: %,d persons x %d years, %d cores, heap max %s, load average %s at start, %s at end",
        r.persons(), r.years(), r.cores(), bytes(r.heapMaxBytes()), load(r.loadBefore()), load(r.loadAfter()));
    if (r.ceiling() != null) {
      line(out, "engine ceiling (in memory, 1 thread): %,.0f claims/s/core (%,d claims in %.1f s); %,.0f claims "
          + "per CPU second", r.ceiling().claimsPerSecond(), r.ceiling().claims(), r.ceiling().seconds(),
          r.ceiling().claimsPerCpuSecond());
    }
    out.append('\n');
    line(out, "%-12s %13s %9s %13s %9s %11s %10s %10s  %s", "stage", "rows", "seconds", "rows/s/core", "cpu s",
        "rows/cpu-s", "peak heap", "spilled", "note");
    for (StageMeasure s : r.stages()) {
      if (s.ran()) {
        line(out, "%-12s %,13d %9.1f %,13.0f %9s %11s %10s %10s  %s", s.name(), s.rows(), s.seconds(),
            s.rowsPerSecondPerCore(r.cores()), s.cpuSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%.1f",
                s.cpuSeconds()), s.cpuSeconds() <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f",
                s.rowsPerCpuSecond()), bytes(s.peakHeapBytes()), bytes(s.spilledBytes()), s.note());
      } else {
        line(out, "%-12s %13s %9s %13s %9s %11s %10s %10s  %s", s.name(), "-", "-", "-", "-", "-", "-", "-",
            s.note());
      }
    }
    out.append('\n');
    targets(out, r);
    out.append('\n');
    line(out, "%-22s %10s %11s %11s", "table", "on disk", "data files", "avg file");
    long total = 0;
    for (Map.Entry<String, TableSizes.Size> e : r.tables().entrySet()) {
      TableSizes.Size s = e.getValue();
      total += s.bytes();
      line(out, "%-22s %10s %,11d %11s", e.getKey(), bytes(s.bytes()), s.dataFiles(),
          s.dataFiles() == 0 ? "-" : bytes(s.dataBytes() / s.dataFiles()));
    }
    line(out, "%-22s %10s", "total", bytes(total));
    return out.toString();
  }

  private static void targets(StringBuilder out, BenchResult r) {
    Optional<StageMeasure> ingest = r.stage(BenchResult.INGEST);
    Optional<StageMeasure> settle = r.stage(BenchResult.SETTLE);
    Optional<StageMeasure> indicators = r.stage(BenchResult.INDICATORS);
    if (ingest.isPresent() && settle.isPresent() && indicators.isPresent()) {
      line(out, "full nightly (ingest + settle + indicators): %.1f s (%.1f min)",
          ingest.get().seconds() + settle.get().seconds() + indicators.get().seconds(),
          (ingest.get().seconds() + settle.get().seconds() + indicators.get().seconds()) / 60);
    }
    if (settle.isPresent() && r.ceiling() != null && r.ceiling().claimsPerSecond() > 0) {
      double perCore = settle.get().rowsPerSecondPerCore(r.cores());
      line(out, "settle: %,.0f claims/s/core = %.1f%% of the engine's in-memory ceiling (%,.0f claims/s/core)",
          perCore, 100 * perCore / r.ceiling().claimsPerSecond(), r.ceiling().claimsPerSecond());
      Optional<StageMeasure> floor = r.stage(BenchResult.WRITE_FLOOR);
      if (floor.isPresent()) {
        double floorPerCore = floor.get().rowsPerSecondPerCore(r.cores());
        line(out, "write floor: reading and writing the settlement table again, nothing settled: %,.0f rows/s/core = "
            + "%.1f%% of the ceiling, the most a settle stage that writes those rows reaches here",
            floorPerCore, 100 * floorPerCore / r.ceiling().claimsPerSecond());
      }
      double perCpu = settle.get().rowsPerCpuSecond();
      if (perCpu > 0 && r.ceiling().claimsPerCpuSecond() > 0) {
        line(out, "settle by CPU time (fair on a busy machine): %,.0f claims per CPU second = %.1f%% of the "
            + "ceiling's %,.0f", perCpu, 100 * perCpu / r.ceiling().claimsPerCpuSecond(),
            r.ceiling().claimsPerCpuSecond());
      }
    }
    Optional<StageMeasure> one = r.stage(BenchResult.SIMULATE_1);
    Optional<StageMeasure> five = r.stage(BenchResult.SIMULATE_5);
    if (one.isPresent() && five.isPresent() && one.get().seconds() > 0) {
      line(out, "simulate: 5 scenarios cost %.2f x one scenario", five.get().seconds() / one.get().seconds());
    } else {
      line(out, "simulate: not run (--skip-simulate)");
    }
    Optional<StageMeasure> dayIngest = r.stage(BenchResult.DAY_INGEST);
    Optional<StageMeasure> daySettle = r.stage(BenchResult.DAY_SETTLE);
    if (dayIngest.isPresent() && daySettle.isPresent() && ingest.isPresent() && settle.isPresent()) {
      double full = ingest.get().seconds() + settle.get().seconds();
      double day = dayIngest.get().seconds() + daySettle.get().seconds();
      line(out, "incremental day: %,d of %,d person-years re-settled (%.2f%%); ingest + settle %.1f s = %.1f%% of "
          + "the full %.1f s (settle alone %.1f%%)", r.personYearsResettled(), r.personYears(),
          r.personYears() == 0 ? 0 : 100.0 * r.personYearsResettled() / r.personYears(), day, 100 * day / full, full,
          100 * daySettle.get().seconds() / settle.get().seconds());
    }
  }

  /** Binary units, one decimal: 1.5 GiB, 12.0 MiB, 300 B. */
  static String bytes(long b) {
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static String load(double load) {
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
