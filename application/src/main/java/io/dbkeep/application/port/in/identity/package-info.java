/**
 * Identity use cases: registration and password sign-in, sessions, password reset, email
 * verification, account settings, social sign-in and administration. Each interface covers one
 * flow; results are nested records.
 */
package io.dbkeep.application.port.in.identity;
