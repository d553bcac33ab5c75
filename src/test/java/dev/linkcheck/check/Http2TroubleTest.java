package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class Http2TroubleTest {

  @Test
  void streamResetsGoawaysAndProtocolErrorsAreHttp2Trouble() {
    assertThat(Http2Trouble.is(new IOException("Received RST_STREAM: Stream cancelled"))).isTrue();
    assertThat(Http2Trouble.is(new IOException("RST_STREAM received INTERNAL_ERROR"))).isTrue();
    assertThat(Http2Trouble.is(new IOException("request not processed by peer"))).isTrue();
    assertThat(Http2Trouble.is(new ProtocolException("No status code"))).isTrue();
  }

  @Test
  void troubleIsFoundAmongTheCauses() {
    var wrapped =
        new ExecutionException(new IOException("x", new IOException("Received RST_STREAM: x")));
    assertThat(Http2Trouble.is(wrapped)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(Http2Trouble.is(new ConnectException("Connection refused"))).isFalse();
    assertThat(Http2Trouble.is(new HttpTimeoutException("request timed out"))).isFalse();
    assertThat(Http2Trouble.is(new IOException((String) null))).isFalse();
    assertThat(Http2Trouble.is(new IllegalStateException("RST_STREAM"))).isFalse();
  }
}
