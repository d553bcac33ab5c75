package dev.linkcheck.model;

/** An input that could not be read or decoded, by display path, with a message for the user. */
public record InputError(String file, String message) {}
