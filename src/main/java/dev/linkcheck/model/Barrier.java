package dev.linkcheck.model;

/** What a bot protection that answered in place of a page asks of the client. */
public enum Barrier {
  /** A script a real browser runs on its own. */
  CHALLENGE,
  /** A puzzle a person has to solve. */
  CAPTCHA,
  /** A refusal, whoever asks. */
  BLOCK
}
