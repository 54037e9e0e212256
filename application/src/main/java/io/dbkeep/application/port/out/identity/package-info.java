/**
 * The out-ports identity needs: sessions, accounts and verifications in the store; password
 * hashing, secret tokens, mail, OAuth/OIDC providers; and sign-in events for metrics.
 */
package io.dbkeep.application.port.out.identity;
