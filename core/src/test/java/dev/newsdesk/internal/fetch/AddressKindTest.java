package dev.newsdesk.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

  @ParameterizedTest
  @CsvSource({
    "93.184.216.34, PUBLIC", "8.8.8.8, PUBLIC", "2606:4700::1111, PUBLIC",
    "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
    "10.0.0.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "172.32.0.1, PUBLIC",
    "192.168.0.1, PRIVATE", "100.64.0.1, PRIVATE", "100.128.0.1, PUBLIC", "fec0::1, PRIVATE",
    "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
    "224.0.0.251, MULTICAST", "ff02::1, MULTICAST",
    "fc00::1, UNIQUE_LOCAL", "fd12:3456::1, UNIQUE_LOCAL",
    "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED", "0.1.2.3, UNSPECIFIED",
    "240.0.0.1, RESERVED", "255.255.255.255, RESERVED", "192.0.2.1, RESERVED", "198.18.0.1, RESERVED", "2001:db8::1, RESERVED",
    "::10.0.0.1, PRIVATE", "64:ff9b::7f00:1, LOOPBACK", "64:ff9b::808:808, PUBLIC", "2002:a00:1::1, PRIVATE",
    "2001:0:4136:e378:8000:63bf:80ff:fffe, LOOPBACK"
  })
  void classifiesAddresses(String address, AddressKind expected) throws UnknownHostException {
    assertEquals(expected, AddressKind.of(InetAddress.getByName(address)), address);
  }

  @Test
  void networksContainTheirAddressesOnly() throws UnknownHostException {
    Network block = Network.parse("10.1.0.0/16");
    assertTrue(block.contains(InetAddress.getByName("10.1.200.3")));
    assertFalse(block.contains(InetAddress.getByName("10.2.0.1")));
    assertFalse(block.contains(InetAddress.getByName("::1")));
    assertTrue(Network.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.1")));
    assertFalse(Network.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.2")));
    assertTrue(Network.parse("fd00::/8").contains(InetAddress.getByName("fd12::1")));
    assertTrue(Network.parse("172.16.0.0/12").contains(InetAddress.getByName("172.31.1.1")));
    assertFalse(Network.parse("172.16.0.0/12").contains(InetAddress.getByName("172.32.1.1")));
  }
}
