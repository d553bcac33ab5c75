package dev.linkcheck.cli;

import dev.linkcheck.io.OutputFile;
import dev.linkcheck.io.WatchedOutputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Entry point: the only class that touches {@code System.in/out/err} and exits the process. */
public final class Main {

  private Main() {}

  /**
   * Standard input, announced when it is a terminal: a user who typed {@code linkcheck -} (or
   * forgot the input of a pipe) sees why nothing happens.
   */
  static Supplier<InputStream> stdin(InputStream in, boolean terminal, PrintWriter err) {
    return () -> {
      if (terminal) {
        err.println("linkcheck: reading standard input (end it with Ctrl-D)");
        err.flush();
      }
      return in;
    };
  }

  /** Set once standard output's failure has been told, by whichever thread got there first. */
  private static final AtomicBoolean STDOUT_FAILURE_TOLD = new AtomicBoolean();

  /**
   * Says on {@code err} why standard output failed, if it did; true when it did. Said once: after
   * an interrupt both the shutdown hook and the main thread, woken when the hook's report is
   * written, get here.
   */
  private static boolean reportFailure(WatchedOutputStream stdout, PrintWriter err) {
    if (stdout.failure() == null) {
      return false;
    }
    if (STDOUT_FAILURE_TOLD.compareAndSet(false, true)) {
      err.println(
          "linkcheck: cannot write to standard output: " + OutputFile.reason(stdout.failure()));
    }
    return true;
  }

  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // Not System.out: a PrintStream swallows write errors, and a report lost to a full disk must
    // not end the run with 0. A reader that closed the pipe (`| head -1`) ends the run at once and
    // quietly, as SIGPIPE ends cat.
    WatchedOutputStream stdout =
        new WatchedOutputStream(
            new FileOutputStream(FileDescriptor.out),
            e -> {
              if (WatchedOutputStream.isBrokenPipe(e)) {
                err.flush();
                Runtime.getRuntime().halt(ExitCode.BROKEN_PIPE);
              }
            });
    // UTF-8 whatever the locale: reports are read by jq and CI, and URLs are often non-ASCII.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(new BufferedOutputStream(stdout), StandardCharsets.UTF_8));
    Interruption interruption = new Interruption();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (interruption.fire()) {
                    out.flush();
                    // The interrupted report went to standard output too: say when it was lost.
                    reportFailure(stdout, err);
                    err.flush();
                    // halt, not exit: we are inside a shutdown hook already
                    Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
                  }
                },
                "linkcheck-interrupt"));
    Environment env =
        new Environment(
            System.getenv(),
            Terminal.isTerminal(1),
            Terminal.isTerminal(2),
            Path.of("").toAbsolutePath(),
            stdin(System.in, Terminal.isTerminal(0), err),
            interruption);
    int code = Linkcheck.execute(args, out, err, env);
    interruption.finished();
    out.flush();
    if (reportFailure(stdout, err)) {
      code = ExitCode.USAGE;
    }
    err.flush();
    System.exit(code);
  }
}
