/** Out-ports to readers and writers of foreign schema formats (SQL dumps, DBML, diagrams). */
package io.dbkeep.application.port.out.format;
