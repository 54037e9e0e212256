package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.junit.jupiter.api.Test;

/** Hibernate finds {@link NoEntityProxies} on the class path and makes no proxy classes. */
class NoEntityProxiesTest {

  @Test
  void hibernatesServiceRegistryHasTheProviderThatGeneratesNoClasses() {
    var registry = new StandardServiceRegistryBuilder().build();
    try {
      var provider = registry.getService(BytecodeProvider.class);

      assertThat(provider)
          .isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
