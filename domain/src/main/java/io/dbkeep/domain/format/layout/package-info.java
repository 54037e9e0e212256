/**
 * Automatic placement of imported tables on the canvas ({@link
 * io.dbkeep.domain.format.layout.TableLayout}).
 */
package io.dbkeep.domain.format.layout;
