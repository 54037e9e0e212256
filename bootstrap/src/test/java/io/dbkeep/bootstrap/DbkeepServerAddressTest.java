package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address the start line prints and {@code --open} opens. */
class DbkeepServerAddressTest {

  @Test
  void everyInterfaceOrLoopbackIsOpenedAsLocalhost() {
    assertThat(DbkeepServer.address("0.0.0.0", 8080)).isEqualTo("http://localhost:8080/");
    assertThat(DbkeepServer.address("::", 8080)).isEqualTo("http://localhost:8080/");
    assertThat(DbkeepServer.address("127.0.0.1", 9000)).isEqualTo("http://localhost:9000/");
  }

  @Test
  void aSpecificInterfaceIsOpenedAsItselfWithIpv6InBrackets() {
    assertThat(DbkeepServer.address("192.168.1.20", 8080)).isEqualTo("http://192.168.1.20:8080/");
    assertThat(DbkeepServer.address("fe80::1", 8080)).isEqualTo("http://[fe80::1]:8080/");
  }
}
