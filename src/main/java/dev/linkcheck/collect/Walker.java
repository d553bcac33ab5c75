package dev.linkcheck.collect;

import dev.linkcheck.model.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Walks a folder recursively: hidden entries skipped, {@code .gitignore} files honoured (those of
 * the folders above it up to the repository root too), symlinks followed but loops broken,
 * unreadable folders reported and passed over. One walk per instance; not thread-safe.
 */
final class Walker {

  /** A {@code .gitignore} and the folder its paths are relative to. */
  private record Scope(Path dir, GitIgnore rules) {}

  private final boolean honourGitignore;
  private final Diagnostics diagnostics;
  private final Set<Path> activeDirs = new HashSet<>();

  Walker(boolean honourGitignore, Diagnostics diagnostics) {
    this.honourGitignore = honourGitignore;
    this.diagnostics = diagnostics;
  }

  /**
   * Every regular file under {@code root} accepted by {@code accept(relativePath, file)}, with its
   * {@code /}-separated path relative to {@code root}.
   */
  List<Found> walk(Path root, String rootDisplay, BiPredicate<String, Path> accept) {
    List<Found> found = new ArrayList<>();
    Path start = root.toAbsolutePath().normalize();
    List<Scope> scopes = honourGitignore ? parentScopes(start) : new ArrayList<>();
    walk(start, "", rootDisplay, scopes, accept, found);
    return found;
  }

  /**
   * The {@code .gitignore} files of the folders above {@code root} up to its repository's root (the
   * nearest folder holding {@code .git}), shallowest first, as git, ripgrep and fd apply them when
   * a subfolder is walked. None outside a repository.
   */
  private List<Scope> parentScopes(Path root) {
    List<Path> above = new ArrayList<>();
    boolean inRepository = Files.exists(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    for (Path dir = root.getParent(); dir != null && !inRepository; dir = dir.getParent()) {
      above.add(0, dir);
      inRepository = Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    }
    List<Scope> scopes = new ArrayList<>();
    if (inRepository) {
      for (Path dir : above) {
        Scope scope = scope(dir, dir.resolve(".gitignore").toString());
        if (scope != null) {
          scopes.add(scope);
        }
      }
    }
    return scopes;
  }

  /**
   * The rules of {@code dir}'s {@code .gitignore}, or null when it has none or it is unreadable.
   */
  private Scope scope(Path dir, String display) {
    Path ignoreFile = dir.resolve(".gitignore");
    if (!Files.isRegularFile(ignoreFile)) {
      return null;
    }
    try {
      return new Scope(dir, GitIgnore.parse(Files.readString(ignoreFile, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      diagnostics.warning(display + ": not read: " + reason(e));
      return null;
    }
  }

  /** A file found by a walk. */
  record Found(Path path, String relative) {}

  private void walk(
      Path dir,
      String relative,
      String rootDisplay,
      List<Scope> scopes,
      BiPredicate<String, Path> accept,
      List<Found> found) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      diagnostics.inputError(join(rootDisplay, relative), "cannot read folder: " + reason(e));
      return;
    }
    if (!activeDirs.add(real)) {
      diagnostics.warning(join(rootDisplay, relative) + ": symlink loop, not followed");
      return;
    }
    try {
      List<Scope> here = scopes;
      Scope scope = honourGitignore ? scope(dir, join(rootDisplay, relative + ".gitignore")) : null;
      if (scope != null) {
        here = new ArrayList<>(scopes);
        here.add(scope);
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      } catch (IOException e) {
        diagnostics.inputError(
            relative.isEmpty() ? rootDisplay : join(rootDisplay, relative), reason(e));
        return;
      }
      entries.sort(null);
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        String rel = relative + name;
        boolean isDir = Files.isDirectory(entry);
        if (ignored(entry, isDir, here)) {
          continue;
        }
        if (isDir) {
          walk(entry, rel + "/", rootDisplay, here, accept, found);
        } else if (Files.isRegularFile(entry)) {
          if (accept.test(rel, entry)) {
            found.add(new Found(entry, rel));
          }
        } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
          if (accept.test(rel, entry)) {
            diagnostics.inputError(join(rootDisplay, rel), "dangling symlink");
          }
        }
      }
    } finally {
      activeDirs.remove(real);
    }
  }

  private static boolean ignored(Path entry, boolean isDir, List<Scope> scopes) {
    // Deeper .gitignore files override shallower ones, as in git.
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Scope scope = scopes.get(i);
      String rel = scope.dir.relativize(entry).toString().replace('\\', '/');
      switch (scope.rules.match(rel, isDir)) {
        case IGNORED -> {
          return true;
        }
        case INCLUDED -> {
          return false;
        }
        case NO_MATCH -> {}
      }
    }
    return false;
  }

  static String join(String display, String relative) {
    if (relative.isEmpty()) {
      return display;
    }
    return display.endsWith("/") ? display + relative : display + "/" + relative;
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "file not found";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "symlink loop";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  static boolean exists(Path path) {
    return Files.exists(path) || Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
