/**
 * Infrastructure failures any use case may end with (the store unreachable, a lost race). Out-port
 * adapters throw them, services let them pass, inbound adapters map them to answers: they belong to
 * neither the in-ports nor the out-ports.
 */
package io.dbkeep.application.failure;
