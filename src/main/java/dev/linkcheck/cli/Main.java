package dev.linkcheck.cli;

/** Entry point: the only class that touches {@code System.out}, {@code System.err} and exit. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
