package dev.linkcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: the only class that touches {@code System.in/out/err} and exits the process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale: reports are read by jq and CI, and URLs are often non-ASCII.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Interruption interruption = new Interruption();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (interruption.fire()) {
                    out.flush();
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
            () -> System.in,
            interruption);
    int code = Linkcheck.execute(args, out, err, env);
    interruption.finished();
    out.flush();
    err.flush();
    System.exit(code);
  }
}
