package dev.newsdesk.internal.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A block of IP addresses in CIDR notation ({@code 10.1.0.0/16}, {@code fd00::/8}, or a single
 * address): what {@code FetchPolicy.allowingNetworks} takes.
 */
public record Network(byte[] prefix, int bits) {

  public Network {
    Objects.requireNonNull(prefix, "prefix");
    prefix = prefix.clone();
    if (bits < 0 || bits > prefix.length * 8) {
      throw new IllegalArgumentException("prefix length " + bits + " out of range for " + prefix.length * 8 + "-bit addresses");
    }
  }

  /**
   * Parses {@code 192.168.0.0/16}, {@code 127.0.0.1} or {@code fd00::/8}. Only IP literals are
   * accepted: no name is looked up.
   *
   * @throws IllegalArgumentException if {@code cidr} is not an IP literal with an optional prefix length
   */
  public static Network parse(String cidr) {
    Objects.requireNonNull(cidr, "cidr");
    String text = cidr.strip();
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      throw new IllegalArgumentException("Not a network: \"" + cidr
          + "\"; give an IP address with an optional prefix length, such as 10.1.0.0/16 or fd00::/8");
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Not a network: \"" + cidr + "\": " + e.getMessage(), e);
    }
    int bits = bytes.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(text.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a network: \"" + cidr + "\": the prefix length is not a number", e);
      }
    }
    return new Network(bytes, bits);
  }

  /** Whether {@code address} lies in this block (IPv4 and IPv6 never match each other). */
  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length != prefix.length) {
      return false;
    }
    int full = bits / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != prefix[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (a[full] & mask) == (prefix[full] & mask);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Network n && n.bits == bits && Arrays.equals(n.prefix, prefix);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(prefix) + bits;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(prefix).getHostAddress() + "/" + bits;
    } catch (UnknownHostException e) {
      return Arrays.toString(prefix) + "/" + bits;
    }
  }
}
