/**
 * Identity: sessions, accounts (credentials and linked OAuth/OIDC identities), verification tokens,
 * passwords and the refusals of identity operations. Users themselves live in {@code
 * io.dbkeep.domain.user}.
 */
package io.dbkeep.domain.identity;
