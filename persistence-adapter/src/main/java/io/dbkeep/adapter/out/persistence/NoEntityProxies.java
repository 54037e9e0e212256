package io.dbkeep.adapter.out.persistence;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Gives Hibernate the bytecode provider that makes no classes at run time. The mapping has no
 * associations and nothing asks for a reference or a lazy attribute, so no entity ever needs a
 * proxy; with Hibernate's default provider, Byte Buddy nevertheless generated a proxy class per
 * entity on every start, about a tenth of the server's start (ADR 0134). Should a proxy ever be
 * needed (an association marked lazy, {@code getReference}), Hibernate refuses it with an error at
 * the call instead of making one. Found by Hibernate through {@code
 * META-INF/services/org.hibernate.service.spi.ServiceContributor}.
 */
public final class NoEntityProxies implements ServiceContributor {

  @Override
  public void contribute(StandardServiceRegistryBuilder registry) {
    registry.addService(
        BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
  }
}
