package dev.linkcheck.model;

import java.time.Duration;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One host's figures for {@code --host-stats}: requests sent, latency p50/p95, how often each
 * status came back ({@code "error"} for no answer) and the pauses the host was given. Immutable.
 */
public record HostStat(
    String host,
    int requests,
    Duration p50,
    Duration p95,
    SortedMap<String, Integer> statuses,
    int waits,
    Duration waited) {

  public HostStat {
    statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
  }
}
