package dev.newsdesk.internal.fetch;

import dev.newsdesk.fetch.FetchException;
import dev.newsdesk.fetch.FetchException.Reason;
import dev.newsdesk.fetch.FetchPolicy;
import dev.newsdesk.internal.Messages;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Keeps fetches away from the host's own networks: only http(s), and no loopback, private,
 * link-local, multicast, unique-local, unspecified or reserved address unless the policy allows
 * it.
 *
 * <p><b>DNS rebinding.</b> The JDK's {@code HttpClient} has no hook to choose the address it
 * connects to, so the check is tied to the address it uses in two steps. Before each request
 * (each redirect hop) the host name is resolved with {@link InetAddress#getAllByName} and every
 * address it gives must be allowed; that lookup fills the JVM's positive DNS cache
 * ({@code networkaddress.cache.ttl}, 30 s by default), from which the client takes the address
 * it connects to a moment later, so it connects to an address just checked. After the response,
 * the name is resolved again: should the cache have expired in between and the client have been
 * handed a new answer, that answer is what the cache now holds, and if it is not allowed the
 * response is discarded and the fetch fails ({@link #recheck}). A host that sets the JVM's DNS
 * cache time to 0 weakens the first step; for airtight isolation, run fetches through an egress
 * proxy as well.
 */
final class AddressGuard {
  private final boolean allowAll;
  private final List<Network> allowed;

  AddressGuard(FetchPolicy policy) {
    this.allowAll = policy.allowPrivateAddresses();
    this.allowed = policy.allowedNetworks().stream().map(Network::parse).toList();
  }

  /** Whether {@code uri} is an absolute http(s) URI with a host. */
  static boolean isFetchable(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
  }

  /**
   * Checks the scheme and every address the host resolves to; returns the addresses checked
   * (empty when the policy allows every address and nothing was looked up).
   *
   * @throws FetchException naming {@code target} when the URI or an address is not allowed
   */
  List<InetAddress> check(URI uri, String target) {
    if (!isFetchable(uri)) {
      throw new FetchException(uri, Reason.BLOCKED_BY_POLICY, -1, Messages.fetchScheme(target), null);
    }
    if (allowAll) {
      return List.of();
    }
    List<InetAddress> addresses = resolve(uri, target);
    for (InetAddress address : addresses) {
      AddressKind kind = AddressKind.of(address);
      if (!permitted(address, kind)) {
        throw new FetchException(uri, Reason.BLOCKED_BY_POLICY, -1,
            Messages.fetchBlockedAddress(target, address.getHostAddress(), kind.description()), null);
      }
    }
    return addresses;
  }

  /**
   * After a response: the host name must still resolve to allowed addresses only (see the class
   * comment), else the response must be discarded.
   */
  void recheck(URI uri, String target, List<InetAddress> checked) {
    if (allowAll || checked.isEmpty()) {
      return;
    }
    List<InetAddress> now;
    try {
      now = Arrays.asList(InetAddress.getAllByName(uri.getHost()));
    } catch (UnknownHostException e) {
      return; // nothing resolves now; the client cannot have used a new answer from the cache
    }
    for (InetAddress address : now) {
      AddressKind kind = AddressKind.of(address);
      if (!checked.contains(address) && !permitted(address, kind)) {
        throw new FetchException(uri, Reason.BLOCKED_BY_POLICY, -1,
            Messages.fetchRebound(target, address.getHostAddress(), kind.description()), null);
      }
    }
  }

  boolean permitted(InetAddress address, AddressKind kind) {
    if (allowAll || kind == AddressKind.PUBLIC) {
      return true;
    }
    for (Network network : allowed) {
      if (network.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static List<InetAddress> resolve(URI uri, String target) {
    try {
      return Arrays.asList(InetAddress.getAllByName(uri.getHost()));
    } catch (UnknownHostException e) {
      throw new FetchException(uri, Reason.UNREACHABLE, -1, Messages.fetchUnknownHost(target), e);
    }
  }
}
