package dev.newsdesk.internal.fetch;

import java.net.InetAddress;

/**
 * What kind of IP address a host resolved to. Every kind but {@link #PUBLIC} is refused by the
 * default fetch policy. Addresses that embed an IPv4 address (IPv4-compatible, NAT64, 6to4,
 * Teredo) are judged by the address they embed.
 */
public enum AddressKind {
  PUBLIC("a public address"),
  LOOPBACK("a loopback address"),
  PRIVATE("a private address"),
  LINK_LOCAL("a link-local address"),
  MULTICAST("a multicast address"),
  UNIQUE_LOCAL("a unique-local address"),
  UNSPECIFIED("an unspecified address"),
  RESERVED("a reserved address");

  private final String description;

  AddressKind(String description) {
    this.description = description;
  }

  /** "a private address", for messages. */
  public String description() {
    return description;
  }

  /** The kind of {@code address}. */
  public static AddressKind of(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? ofV4(b, 0) : ofV6(b);
  }

  private static AddressKind ofV4(byte[] b, int at) {
    int a0 = b[at] & 0xff;
    int a1 = b[at + 1] & 0xff;
    int a2 = b[at + 2] & 0xff;
    if (a0 == 0) {
      return UNSPECIFIED; // 0.0.0.0/8, "this network"
    }
    if (a0 == 127) {
      return LOOPBACK;
    }
    if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168 || a0 == 100 && (a1 & 0xc0) == 64) {
      return PRIVATE; // RFC 1918, and 100.64.0.0/10 shared by carrier-grade NAT
    }
    if (a0 == 169 && a1 == 254) {
      return LINK_LOCAL; // cloud metadata services live here
    }
    if (a0 >= 224 && a0 <= 239) {
      return MULTICAST;
    }
    if (a0 >= 240 // 240.0.0.0/4 and the broadcast address
        || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2) // IETF assignments, documentation
        || a0 == 198 && (a1 & 0xfe) == 18 // benchmarking
        || a0 == 198 && a1 == 51 && a2 == 100
        || a0 == 203 && a1 == 0 && a2 == 113) {
      return RESERVED;
    }
    return PUBLIC;
  }

  private static AddressKind ofV6(byte[] b) {
    boolean zeroTo10 = true;
    for (int i = 0; i < 10; i++) {
      zeroTo10 &= b[i] == 0;
    }
    boolean zeroTo12 = zeroTo10 && b[10] == 0 && b[11] == 0;
    if (zeroTo12) {
      boolean lastZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
      if (lastZero && b[15] == 0) {
        return UNSPECIFIED;
      }
      if (lastZero && b[15] == 1) {
        return LOOPBACK;
      }
      return ofV4(b, 12); // IPv4-compatible ::a.b.c.d
    }
    if (zeroTo10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return ofV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d
    }
    int w0 = (b[0] & 0xff) << 8 | b[1] & 0xff;
    int w1 = (b[2] & 0xff) << 8 | b[3] & 0xff;
    if (w0 == 0x0064 && w1 == 0xff9b) {
      boolean wellKnown = true;
      for (int i = 4; i < 12; i++) {
        wellKnown &= b[i] == 0;
      }
      return wellKnown ? ofV4(b, 12) : PRIVATE; // NAT64: 64:ff9b::/96, local-use 64:ff9b:1::/48
    }
    if (w0 == 0x2002) {
      return ofV4(b, 2); // 6to4
    }
    if (w0 == 0x2001 && w1 == 0x0000) {
      byte[] client = {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]};
      return ofV4(client, 0); // Teredo: the client's address, inverted
    }
    if (w0 == 0x2001 && w1 == 0x0db8 || w0 == 0x0100 && w1 == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
      return RESERVED; // documentation, discard-only
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return UNIQUE_LOCAL; // fc00::/7
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
      return LINK_LOCAL; // fe80::/10
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return PRIVATE; // fec0::/10, the deprecated site-local block
    }
    if ((b[0] & 0xff) == 0xff) {
      return MULTICAST;
    }
    return PUBLIC;
  }
}
