package dev.linkcheck.model;

/** The outcome for one unique target, with the time spent deciding it. Immutable. */
public record CheckResult(String url, Outcome outcome, long durationMs) {}
