package dev.linkcheck.check;

import java.net.http.HttpResponse.BodyHandler;

/** The HTTP methods a check sends, each with how much of an answer's body it reads by default. */
enum Method {
  /** The status alone: none of a body is read, so the connection serves the host's next request. */
  HEAD,
  /** The start of the body is read, so a body cut short or wrongly chunked is an error. */
  GET;

  BodyHandler<Void> defaultBodies() {
    return this == HEAD ? NoBody.HEAD : info -> new BodyPrefix();
  }
}
