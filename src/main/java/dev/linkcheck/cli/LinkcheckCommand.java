package dev.linkcheck.cli;

import dev.linkcheck.check.AddressPolicy;
import dev.linkcheck.check.CheckOptions;
import dev.linkcheck.check.Checker;
import dev.linkcheck.check.FragmentOptions;
import dev.linkcheck.check.Header;
import dev.linkcheck.collect.CollectOptions;
import dev.linkcheck.collect.Collector;
import dev.linkcheck.collect.InputNotFoundException;
import dev.linkcheck.collect.Source;
import dev.linkcheck.extract.Extractor;
import dev.linkcheck.model.Document;
import dev.linkcheck.model.DocumentType;
import dev.linkcheck.model.Link;
import dev.linkcheck.model.StatusRanges;
import dev.linkcheck.report.DumpWriter;
import dev.linkcheck.report.Format;
import dev.linkcheck.report.Palette;
import dev.linkcheck.report.Report;
import dev.linkcheck.report.ReportOutput;
import dev.linkcheck.report.ReportStyle;
import dev.linkcheck.report.Reporter;
import dev.linkcheck.report.Summary;
import dev.linkcheck.resolve.LinkRewriter;
import dev.linkcheck.resolve.Remap;
import dev.linkcheck.resolve.ResolveOptions;
import dev.linkcheck.resolve.SiteOptions;
import dev.linkcheck.resolve.TargetResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code linkcheck} command: options of the contract, validated, then one run. */
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
      "  2  usage error",
      "  3  unexpected internal error",
      "",
      "Examples:",
      "  linkcheck docs/",
      "  linkcheck --format json 'docs/**/*.md' | jq '.results[] | select(.status != \"ok\")'",
      "  linkcheck --offline README.md",
      "  linkcheck --cache --baseline links-baseline.json --format github docs/"
    })
final class LinkcheckCommand implements Callable<Integer> {

  /** The colour setting of {@code --color}. */
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** The shells {@code --completion} writes scripts for. */
  enum Shell {
    BASH,
    ZSH
  }

  /** The values of {@code --stdin-type}. */
  enum StdinType {
    MARKDOWN(DocumentType.MARKDOWN),
    HTML(DocumentType.HTML),
    TEXT(DocumentType.TEXT);

    final DocumentType type;

    StdinType(DocumentType type) {
      this.type = type;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Files, folders (walked recursively), globs ('docs/**/*.md'), or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--dump", description = "List the extracted links, check nothing.")
  boolean dump;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout.")
  Path output;

  @Option(
      names = {"-t", "--timeout"},
      paramLabel = "SECONDS",
      description = "Timeout of one request attempt (default: ${DEFAULT-VALUE}).",
      defaultValue = "10",
      converter = SecondsConverter.class)
  Duration timeout;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      description =
          "Retries after the first try of a transient failure (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int maxRetries;

  @Option(
      names = {"-r", "--retry-wait-time"},
      paramLabel = "SECONDS",
      description = "First backoff before a retry, doubling each time (default: ${DEFAULT-VALUE}).",
      defaultValue = "1",
      converter = SecondsConverter.class)
  Duration retryWait;

  @Option(
      names = {"-m", "--max-redirects"},
      paramLabel = "N",
      description = "Redirects followed before giving up (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int maxRedirects;

  @Option(
      names = "--max-concurrency",
      paramLabel = "N",
      description = "Requests in flight in total (default: ${DEFAULT-VALUE}).",
      defaultValue = "128")
  int maxConcurrency;

  @Option(
      names = "--host-concurrency",
      paramLabel = "N",
      description = "Requests in flight per host (default: ${DEFAULT-VALUE}).",
      defaultValue = "8")
  int hostConcurrency;

  @Option(
      names = {"-a", "--accept"},
      paramLabel = "RANGES",
      description = "Accepted final status codes, e.g. 200..299,403 (default: ${DEFAULT-VALUE}).",
      defaultValue = "200..299",
      converter = StatusRangesConverter.class)
  StatusRanges accept;

  @Option(
      names = "--exclude",
      paramLabel = "REGEX",
      description = "Do not check URLs matching REGEX (anywhere in the URL). Repeatable.",
      converter = RegexConverter.class)
  List<Pattern> excludes = new ArrayList<>();

  @Option(
      names = "--include",
      paramLabel = "REGEX",
      description = "Check URLs matching REGEX even when excluded. Repeatable.",
      converter = RegexConverter.class)
  List<Pattern> includes = new ArrayList<>();

  @Option(
      names = "--exclude-path",
      paramLabel = "REGEX",
      description = "Skip input files whose path matches REGEX. Repeatable.",
      converter = RegexConverter.class)
  List<Pattern> excludePaths = new ArrayList<>();

  @Option(
      names = "--extensions",
      paramLabel = "EXT[,EXT...]",
      split = ",",
      description =
          "File extensions taken from walked folders (default: md,markdown,mdx,html,htm).")
  List<String> extensions = new ArrayList<>(List.of("md", "markdown", "mdx", "html", "htm"));

  @Option(names = "--no-ignore", description = "Do not honour .gitignore files in walked folders.")
  boolean noIgnore;

  @Option(
      names = "--stdin-type",
      paramLabel = "TYPE",
      description =
          "How to parse standard input: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "markdown")
  StdinType stdinType;

  @Option(
      names = {"-H", "--header"},
      paramLabel = "'[HOST: ]NAME: VALUE'",
      description = "Send a request header; with a HOST scope only to that host. Repeatable.",
      converter = HeaderConverter.class)
  List<Header> headers = new ArrayList<>();

  @Option(
      names = {"-u", "--user-agent"},
      paramLabel = "UA",
      description = "User-Agent header (default: linkcheck/VERSION).")
  String userAgent;

  @Option(
      names = {"-i", "--insecure"},
      description = "Accept invalid TLS certificates.")
  boolean insecure;

  @Option(names = "--offline", description = "Check local links only.")
  boolean offline;

  // Network exclusions (issue 3): refuse hosts in internal networks, checked at every redirect hop.
  @Option(
      names = "--exclude-private",
      description =
          "Do not request private addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7).")
  boolean excludePrivate;

  @Option(
      names = "--exclude-loopback",
      description = "Do not request loopback addresses (127/8, ::1, 0.0.0.0).")
  boolean excludeLoopback;

  @Option(
      names = "--exclude-link-local",
      description = "Do not request link-local addresses (169.254/16, fe80::/10).")
  boolean excludeLinkLocal;

  @Option(
      names = "--root-dir",
      paramLabel = "DIR",
      description = "Where root-relative links like /img/a.png point.")
  Path rootDir;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print the summary only.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "More output: -v info and ok links, -vv debug (every request). Repeatable.")
  boolean[] verbose = new boolean[0];

  @Option(names = "--no-progress", description = "No progress line on stderr, even on a terminal.")
  boolean noProgress;

  @Option(
      names = "--remap",
      paramLabel = "'REGEX REPLACEMENT'",
      description = "Rewrite matching URLs before checking ($1 for groups). Repeatable.",
      converter = RemapConverter.class)
  List<Remap> remaps = new ArrayList<>();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Check root-relative links (/a/b) as URLs resolved against URL.",
      converter = BaseUrlConverter.class)
  URI baseUrl;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read options from FILE (default: ./linkcheck.toml or ./.linkcheck.toml).")
  Path config;

  @Option(
      names = "--completion",
      paramLabel = "SHELL",
      description = "Print a completion script for bash or zsh and exit.")
  Shell completion;

  @Option(names = "--man", description = "Print the man page (roff) and exit.")
  boolean man;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  ColorMode color;

  // --- earlier runs: --cache, --max-cache-age, --baseline (see History) ---

  @Option(
      names = "--cache",
      description =
          "Reuse the verdicts of earlier runs stored in ./.linkcheck-cache; failures are never"
              + " cached.")
  boolean cache;

  @Option(
      names = "--max-cache-age",
      paramLabel = "AGE",
      description =
          "How long a cached verdict holds: 30s, 10m, 12h, 1d (default: ${DEFAULT-VALUE}).",
      defaultValue = "1d",
      converter = DurationConverter.class)
  Duration maxCacheAge;

  @Option(
      names = "--baseline",
      paramLabel = "REPORT.json",
      description =
          "A previous JSON report: failures already in it (same URL, same files) are 'known' and"
              + " do not fail the run.")
  Path baseline;

  private History history(ReportingDiagnostics diagnostics) throws UsageException {
    return History.open(baseline, cache, maxCacheAge, accept, env.workingDir(), diagnostics);
  }

  // --- end of earlier runs ---

  // Anchors and fragments: see the README section of that name.
  @Option(
      names = "--include-fragments",
      description =
          "Also check #fragments of remote pages (one streamed GET per page). Fragments of local"
              + " files are checked by default.")
  boolean includeFragments;

  @Option(
      names = "--no-local-fragments",
      description = "Do not check #fragments of local files, nor same-page #links.")
  boolean noLocalFragments;

  @Option(
      names = "--index-files",
      paramLabel = "NAME",
      split = ",",
      description =
          "What a link to a folder resolves to, the first that exists (default:"
              + " index.html,README.md; '' for none).")
  List<String> indexFiles = new ArrayList<>(ResolveOptions.DEFAULT_INDEX_FILES);

  @Option(
      names = "--site",
      paramLabel = "KIND",
      description =
          "Documentation site rules: auto (the nearest framework config), none, github, mdbook,"
              + " docusaurus, mkdocs, hugo or jekyll (default: auto).")
  String site = SiteOptions.DEFAULTS.site();

  @Option(
      names = "--fallback-extensions",
      paramLabel = "EXT",
      split = ",",
      description = "Extensions tried in order on a local path without one that finds no file.")
  List<String> fallbackExtensions = new ArrayList<>();

  @Option(
      names = "--skip-fragment",
      paramLabel = "REGEX",
      description = "Fragment links whose fragment matches: the page is checked, not the fragment.",
      converter = RegexConverter.class)
  Pattern skipFragment;

  @Option(
      names = "--fragments-ignore-case",
      description = "Match every #fragment to anchors in any case.")
  boolean fragmentsIgnoreCase;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "SIZE",
      description =
          "Most of a remote page read for its anchors, e.g. 500000, 512KiB, 10MiB (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "10MiB",
      converter = ByteSizeConverter.class)
  long maxBodyBytes;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Environment env;

  LinkcheckCommand(PrintWriter out, PrintWriter err, Environment env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  int verbosity() {
    return verbose.length;
  }

  @Override
  public Integer call() throws Exception {
    if (completion != null) {
      out.print(Completion.script(spec.commandLine(), completion == Shell.ZSH));
      out.flush();
      return ExitCode.OK;
    }
    if (man) {
      out.print(ManPage.render(spec, VersionProvider.VERSION));
      out.flush();
      return ExitCode.OK;
    }
    if (inputs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: 'INPUT' (a file, folder, glob or -)");
    }
    validate();
    excludes.addAll(IgnoreFile.read(env.workingDir()));
    Logging.configure(verbosity());
    ReportingDiagnostics diagnostics = new ReportingDiagnostics(err);
    Collector collector = new Collector(collectOptions());
    List<Source> sources;
    try {
      sources = collector.collect(inputs, diagnostics);
    } catch (InputNotFoundException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return dump ? dump(collector, sources, diagnostics) : check(collector, sources, diagnostics);
  }

  /** Checks option values picocli's converters cannot; throws a usage error naming the option. */
  void validate() {
    requireAtLeast("--timeout", timeout.isZero() ? -1 : 1, 1);
    requireAtLeast("--max-retries", maxRetries, 0);
    requireAtLeast("--max-redirects", maxRedirects, 0);
    requireAtLeast("--max-concurrency", maxConcurrency, 1);
    requireAtLeast("--host-concurrency", hostConcurrency, 1);
    if (rootDir != null && !Files.isDirectory(rootDir)) {
      throw new ParameterException(spec.commandLine(), "--root-dir: not a directory: " + rootDir);
    }
    if (baseUrl != null && rootDir != null) {
      throw new ParameterException(
          spec.commandLine(), "--base-url and --root-dir both place root-relative links: pick one");
    }
    if (dump && !format.dumpable()) {
      throw new ParameterException(
          spec.commandLine(), "--dump writes text, json or ndjson, not --format " + format);
    }
    siteOptions();
    if (maxBodyBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-body-bytes must be at least 1");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output: is a directory: " + output);
    }
  }

  private void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw new ParameterException(
          spec.commandLine(),
          option + (option.equals("--timeout") ? " must be positive" : " must be at least " + min));
    }
  }

  private SiteOptions siteOptions() {
    try {
      return new SiteOptions(site, fallbackExtensions, skipFragment, fragmentsIgnoreCase);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--site: " + e.getMessage());
    }
  }

  private CollectOptions collectOptions() {
    Set<String> exts = new LinkedHashSet<>();
    for (String e : extensions) {
      String ext = e.strip().toLowerCase(Locale.ROOT);
      exts.add(ext.startsWith(".") ? ext.substring(1) : ext);
    }
    return new CollectOptions(
        exts, !noIgnore, excludePaths, stdinType.type, env.stdin(), env.workingDir());
  }

  private int dump(Collector collector, List<Source> sources, ReportingDiagnostics diagnostics)
      throws IOException {
    try (ReportOutput target = ReportOutput.open(output, out)) {
      try (DumpWriter dumper = DumpWriter.of(format, target.writer())) {
        for (Source source : sources) {
          Optional<Document> doc = collector.read(source, diagnostics);
          if (doc.isPresent()) {
            for (Link link : Extractor.forType(doc.get().type()).extract(doc.get())) {
              dumper.link(link);
            }
          }
        }
      }
      target.commit();
    }
    return diagnostics.errors().isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
  }

  private int check(Collector collector, List<Source> sources, ReportingDiagnostics diagnostics)
      throws IOException, InterruptedException, UsageException {
    long start = System.nanoTime();
    TargetResolver resolver =
        new TargetResolver(
            new ResolveOptions(
                rootDir,
                includes,
                excludes,
                offline,
                env.workingDir(),
                includeFragments,
                !noLocalFragments,
                indexFiles.stream().map(String::strip).filter(n -> !n.isEmpty()).toList(),
                siteOptions()));
    boolean colour =
        switch (color) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> output == null && env.stdoutIsTerminal() && !env.noColor();
        };
    Reporter reporter =
        Reporter.of(
            format,
            new ReportStyle(verbosity() > 0, quiet, colour ? new PicocliPalette() : Palette.NONE));
    History history = history(diagnostics);
    AddressPolicy addresses = new AddressPolicy(excludePrivate, excludeLoopback, excludeLinkLocal);
    try (Checker checker =
            new Checker(
                checkOptions(),
                addresses,
                new FragmentOptions(maxBodyBytes, resolver.sites()::anchors));
        ReportOutput target = ReportOutput.open(output, out)) {
      Pipeline pipeline =
          new Pipeline(
              collector,
              new LinkRewriter(remaps, baseUrl),
              resolver,
              history.checking(checker),
              checker::checkFragments,
              diagnostics,
              entry -> reporter.result(history.apply(entry), target.writer()));
      // Exactly one report is written: by this thread when the run ends, or by the interruption
      // handler (SIGINT/SIGTERM) with everything finished so far.
      AtomicBoolean reportClaimed = new AtomicBoolean();
      try (ProgressLine progress =
          env.stderrIsTerminal() && !noProgress ? new ProgressLine(err, pipeline) : null) {
        env.interruption()
            .onInterrupt(
                () -> {
                  if (reportClaimed.compareAndSet(false, true)) {
                    if (progress != null) {
                      progress.close();
                    }
                    err.println("linkcheck: interrupted, reporting what finished");
                    try {
                      reporter.write(
                          report(pipeline, diagnostics, history, start, true), target.writer());
                      target.commit();
                    } catch (IOException | RuntimeException e) {
                      err.println("linkcheck: cannot write the report: " + e.getMessage());
                    }
                    history.save();
                  }
                });
        pipeline.run(sources);
      }
      if (!reportClaimed.compareAndSet(false, true)) {
        // Interrupted meanwhile: the handler writes the report and ends the process.
        new CountDownLatch(1).await();
      }
      Report report = report(pipeline, diagnostics, history, start, false);
      reporter.write(report, target.writer());
      target.commit();
      history.save();
      return report.failed() ? ExitCode.FAILURES : ExitCode.OK;
    }
  }

  private static Report report(
      Pipeline pipeline,
      ReportingDiagnostics diagnostics,
      History history,
      long start,
      boolean interrupted) {
    long durationMs = (System.nanoTime() - start) / 1_000_000;
    var entries = pipeline.snapshot().stream().map(history::apply).toList();
    return new Report(
        Summary.of(
            pipeline.files(), pipeline.links(), entries, history.cached(), durationMs, interrupted),
        entries,
        diagnostics.errors());
  }

  private CheckOptions checkOptions() {
    return new CheckOptions(
        timeout,
        maxRetries,
        retryWait,
        maxRedirects,
        maxConcurrency,
        hostConcurrency,
        accept,
        headers,
        userAgent != null ? userAgent : "linkcheck/" + VersionProvider.VERSION,
        insecure);
  }

  /** Seconds as a decimal number, at least 0. */
  static final class SecondsConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        double seconds = Double.parseDouble(value);
        if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
          throw new TypeConversionException("'" + value + "' is negative or not a number");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number of seconds");
      }
    }
  }

  /**
   * A byte count: digits with an optional unit (B, KiB/K/KB, MiB/M/MB, GiB/G/GB; powers of 1024).
   */
  static final class ByteSizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE =
        Pattern.compile("(\\d{1,15})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String value) {
      var m = SIZE.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a size in bytes (e.g. 500000, 512KiB, 10MiB)");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
      int shift =
          switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
          };
      return n << shift;
    }
  }

  /** A Java regular expression. */
  static final class RegexConverter implements ITypeConverter<Pattern> {
    @Override
    public Pattern convert(String value) {
      try {
        return Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a valid regex: " + e.getDescription());
      }
    }
  }

  /** {@code 200..299,403}. */
  static final class StatusRangesConverter implements ITypeConverter<StatusRanges> {
    @Override
    public StatusRanges convert(String value) {
      try {
        return StatusRanges.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code 'REGEX REPLACEMENT'}. */
  static final class RemapConverter implements ITypeConverter<Remap> {
    @Override
    public Remap convert(String value) {
      try {
        return Remap.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An absolute http(s) URL. */
  static final class BaseUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return uri;
        }
      } catch (java.net.URISyntaxException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not an absolute http(s) URL");
    }
  }

  /** {@code Name: value} or {@code host: Name: value}. */
  static final class HeaderConverter implements ITypeConverter<Header> {
    @Override
    public Header convert(String value) {
      try {
        return Header.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public String toString() {
    return "linkcheck " + Arrays.toString(inputs.toArray());
  }
}
