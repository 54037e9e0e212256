/**
 * The Studio's vocabulary: what a live database shows (tables, their structure, rows as JSON
 * values), how rows are selected (filters, sort, paging) and why an action is refused ({@link
 * io.dbkeep.domain.studio.StudioError}). Shared by the Studio's in-ports and out-ports.
 */
package io.dbkeep.domain.studio;
