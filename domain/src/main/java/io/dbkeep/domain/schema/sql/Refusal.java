package io.dbkeep.domain.schema.sql;

/** Why something was refused: a problem code and a sentence. */
record Refusal(String code, String message) {}
