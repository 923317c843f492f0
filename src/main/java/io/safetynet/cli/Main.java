package io.safetynet.cli;

import io.safetynet.spark.Warehouse;
import io.safetynet.spark.WarehouseLock;
import io.safetynet.spark.WarehouseLockedException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code safetynet [--warehouse DIR] <command> ...}. {@code main} only parses and sets the exit code:
 * 0 done, 1 the job failed (message says what to do), 2 usage error. Each command builds a job spec, runs the
 * job, and prints its result.
 */
@Command(name = "safetynet", mixinStandardHelpOptions = true, version = "safetynet 0.1.0",
    description = "Recomputes health-poverty-alleviation medical-insurance settlements and indicators.",
    commandListHeading = "%nCommands:%n")
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int JOB_ERROR = 1;
  public static final int USAGE = 2;

  @Mixin CommonOptions common;

  private final CliContext context;
  /** Set by the running command from its own --verbose. */
  private boolean verboseRequested;

  Main(CliContext context) {
    this.context = context;
  }

  /** The command line with every subcommand; add new commands here, one line each. */
  static CommandLine commandLine(CliContext context) {
    Main main = new Main(context);
    CommandLine cl = new CommandLine(main);
    cl.addSubcommand(new NightlyCommand(main));
    cl.addSubcommand(new IngestCommand(main));
    cl.addSubcommand(new SettleCommand(main));
    cl.addSubcommand(new InspectCommand(main));
    cl.addSubcommand(new ExplainCommand(main));
    cl.addSubcommand(new ExportCommand(main));
    cl.addSubcommand(new SqlCommand(main));
    cl.addSubcommand(new ForecastCommand(main));
    cl.addSubcommand(new GenerateCommand(main));
    cl.addSubcommand(new SimulateCommand(main));
    cl.addSubcommand(new BenchCommand(main));
    cl.setOut(context.out());
    cl.setErr(context.err());
    // our own output is plain text: the terminal filter would show picocli's colour codes as escapes
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setExecutionExceptionHandler((e, line, parse) -> main.report(line.getCommandName(), e));
    return cl;
  }

  public static void main(String[] args) {
    System.exit(run(args, CliContext.fromEnvironment()));
  }

  public static int run(String[] args, CliContext context) {
    CliContext terminal = context.forTerminal();
    int code = commandLine(terminal).execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return code;
  }

  /** Without a command: show what there is, as a usage error. */
  @Override
  public Integer call() {
    context.err().println("Missing command.");
    new CommandLine(this).usage(context.err());
    return USAGE;
  }

  CliContext context() {
    return context;
  }

  /** The warehouse root: the command's --warehouse, else the one before the command, else ./warehouse. */
  String warehouse(CommonOptions own) {
    if (own.warehouse != null) {
      return own.warehouse;
    }
    return common.warehouse != null ? common.warehouse : Warehouse.DEFAULT_ROOT;
  }

  /** Whether a --warehouse was given, to the command or before it. */
  boolean warehouseGiven(CommonOptions own) {
    return own.warehouse != null || common.warehouse != null;
  }

  boolean verbose(CommonOptions own) {
    return own.verbose || common.verbose;
  }

  /** Runs {@code job} holding the warehouse's single-writer lock (an OS lock locally, a lock file elsewhere). */
  static <T> T withLock(String warehouseRoot, Callable<T> job) throws Exception {
    try (WarehouseLock lock = WarehouseLock.acquire(Warehouse.resolveRoot(warehouseRoot))) {
      return job.call();
    }
  }

  void setVerbose(boolean verbose) {
    this.verboseRequested = verbose;
  }

  /**
   * One line for the user: a known error ({@link KnownErrors}) with its exit code, anything else as a bug to
   * report. The stack trace only with --verbose.
   */
  private int report(String command, Exception e) {
    var known = KnownErrors.of(e);
    if (known.isPresent()) {
      context.err().println("safetynet " + command + ": " + known.get().message());
    } else {
      context.err().println("safetynet " + command + " failed: " + e.getClass().getSimpleName() + ": "
          + KnownErrors.oneLine(e.getMessage()) + "\nThis is not a known input problem. Run again with --verbose to "
          + "see the stack trace, and report it with that trace if it persists.");
    }
    if (verboseRequested || common.verbose) {
      e.printStackTrace(context.err());
    }
    context.err().flush();
    return known.map(KnownErrors.Known::exitCode).orElse(JOB_ERROR);
  }
}
