package dev.linkcheck.cli;

import dev.linkcheck.check.Checker;
import dev.linkcheck.check.HostRules;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.InputNotFoundException;
import dev.linkcheck.collect.Source;
import dev.linkcheck.report.ReportOutput;
import dev.linkcheck.report.Reporter;
import dev.linkcheck.resolve.TargetResolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code linkcheck} command: the option groups of each stage, validated, then one {@link
 * CheckRun} or {@link DumpRun}.
 */
@Command(
    name = "linkcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Finds the broken links in Markdown, HTML and URL-list files and says where each one is.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no failures",
      "  1  at least one broken link, timeout or error, or an unreadable input",
      "  2  usage error, or the report could not be written",
      "  3  unexpected internal error",
      "  130  interrupted (the report of what finished is written)",
      "  141  the reader of standard output went away (| head)",
      "",
      "Examples:",
      "  linkcheck docs/",
      "  linkcheck --format json 'docs/**/*.md' | jq '.results[] | select(.status != \"ok\")'",
      "  linkcheck --offline README.md",
      "  linkcheck --cache --baseline links-baseline.json --format github docs/"
    })
final class LinkcheckCommand implements Callable<Integer> {

  /** The shells {@code --completion} writes scripts for. */
  enum Shell {
    BASH,
    ZSH,
    FISH
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Files, folders (walked recursively), globs ('docs/**/*.md'), or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @ArgGroup(validate = false, heading = "Inputs")
  InputArgs input = new InputArgs();

  @ArgGroup(validate = false, heading = "What to check")
  ResolutionArgs resolution = new ResolutionArgs();

  @ArgGroup(validate = false, heading = "What to check")
  FragmentArgs fragments = new FragmentArgs();

  @ArgGroup(validate = false, heading = "Network")
  NetworkArgs network = new NetworkArgs();

  @ArgGroup(validate = false, heading = "Network")
  HistoryArgs history = new HistoryArgs();

  @ArgGroup(validate = false, heading = "Output")
  OutputArgs output = new OutputArgs();

  @Option(
      names = "--completion",
      paramLabel = "SHELL",
      description = "Print a completion script for bash, zsh or fish and exit.")
  Shell completion;

  @Option(names = "--man", description = "Print the man page (roff) and exit.")
  boolean man;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Environment env;
  // Not an option: the config file's [hosts."..."] tables, set before the command runs.
  private HostRules hostRules = HostRules.none();

  LinkcheckCommand(PrintWriter out, PrintWriter err, Environment env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  void hostRules(HostRules rules) {
    hostRules = rules;
  }

  int verbosity() {
    return output.verbosity();
  }

  @Override
  public Integer call() throws Exception {
    if (completion != null) {
      out.print(Completion.script(spec.commandLine(), completion.name()));
      out.flush();
      return ExitCode.OK;
    }
    if (man) {
      out.print(ManPage.render(spec, VersionProvider.VERSION));
      out.flush();
      return ExitCode.OK;
    }
    if (inputs.isEmpty()) {
      throw new UsageError("Missing required parameter: 'INPUT' (a file, folder, glob or -)");
    }
    validate();
    List<Pattern> ignored = IgnoreFile.read(env.workingDir());
    Logging.configure(verbosity());
    ReportingDiagnostics diagnostics =
        new ReportingDiagnostics(
            env.stderrIsTerminal()
                ? new Console(err, new TerminalWidth(env.variables()))
                : Console.plain(err));
    Collector collector =
        new Collector(input.toCollectOptions(env, network.timeout(), network.agent()));
    List<Source> sources;
    try {
      sources = collector.collect(inputs, diagnostics);
    } catch (InputNotFoundException e) {
      throw new UsageError(e.getMessage());
    }
    if (output.dump) {
      try (ReportOutput target = ReportOutput.open(output.output, out)) {
        return DumpRun.run(collector, sources, output.format, target, diagnostics);
      }
    }
    TargetResolver resolver =
        new TargetResolver(resolution.toResolveOptions(fragments, ignored, env.workingDir()));
    var stages =
        new CheckRun.Stages(
            collector,
            resolution.toRewriter(),
            resolver,
            history.toHistory(network.accept(), env.workingDir(), diagnostics));
    Reporter reporter = Reporter.of(output.format, output.toReportStyle(env));
    try (Checker checker =
            new Checker(
                network.toCheckOptions(
                    fragments.toFragmentOptions(resolver.sites()), hostRules, env));
        ReportOutput target = ReportOutput.open(output.output, out)) {
      return new CheckRun(
              stages, reporter, diagnostics, err, output.failOnBlocked, output.hostStats)
          .run(sources, checker, target, env.interruption(), output.progress(env));
    }
  }

  /** Checks option values picocli's converters cannot; throws a usage error naming the option. */
  void validate() {
    network.validate();
    resolution.validate();
    output.validate();
    fragments.validate();
  }

  @Override
  public String toString() {
    return "linkcheck " + inputs;
  }
}
