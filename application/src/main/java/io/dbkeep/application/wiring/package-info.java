/**
 * Groups of services built over their out-ports for every composition that needs the whole group
 * (the composition root and the inbound adapters' tests); no logic of their own (ADR 0118).
 */
package io.dbkeep.application.wiring;
