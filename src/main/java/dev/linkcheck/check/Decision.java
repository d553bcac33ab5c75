package dev.linkcheck.check;

import dev.linkcheck.model.Outcome;

/** The outcome of one fragment and the anchor suggested for it (nullable). Immutable. */
record Decision(Outcome outcome, String suggestion) {}
