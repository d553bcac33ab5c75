package dev.linkcheck.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which networks the checker may not reach ({@code --exclude-private}, {@code --exclude-loopback},
 * {@code --exclude-link-local}), so a crafted document cannot make it probe an internal network. A
 * host is judged by every address the JVM's resolver gives for it (IP literals as they are).
 * Immutable and thread-safe.
 */
public record AddressPolicy(
    boolean excludePrivate, boolean excludeLoopback, boolean excludeLinkLocal) {

  /** Every address may be requested: the default. */
  public static final AddressPolicy ALLOW_ALL = new AddressPolicy(false, false, false);

  /**
   * Why {@code host} may not be requested, naming the option and the address; empty when it may
   * (also when it does not resolve: the request then fails as a DNS error).
   */
  Optional<String> refusal(String host) {
    if (!excludePrivate && !excludeLoopback && !excludeLinkLocal) {
      return Optional.empty();
    }
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(name);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    for (InetAddress address : all) {
      String option = optionRefusing(address);
      if (option != null) {
        // An IP literal prints as "/ip", a resolved name as "name/ip".
        boolean literal = address.toString().startsWith("/");
        String subject = literal ? name : name + " (" + address.getHostAddress() + ")";
        return Optional.of("excluded by --exclude-" + option + ": " + subject);
      }
    }
    return Optional.empty();
  }

  /** The option suffix that refuses {@code address}, or null. */
  private String optionRefusing(InetAddress address) {
    // 0.0.0.0 and :: reach the local machine on Linux: they count as loopback.
    if (excludeLoopback && (address.isLoopbackAddress() || address.isAnyLocalAddress())) {
      return "loopback";
    }
    if (excludeLinkLocal && address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (excludePrivate && isPrivate(address)) {
      return "private";
    }
    return null;
  }

  /** RFC 1918, carrier-grade NAT (RFC 6598) and IPv6 unique-local (fc00::/7) or site-local. */
  static boolean isPrivate(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC || address.isSiteLocalAddress();
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return address.isSiteLocalAddress() || (first == 100 && second >= 64 && second <= 127);
  }
}
