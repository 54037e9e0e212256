package io.dbkeep.application.fake;

import io.dbkeep.application.contract.StudioPortContract;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;

/** The fake keeps the promises of the real Studio adapters. */
class InMemoryStudioDatabaseTest extends StudioPortContract {

  private InMemoryStudioDatabase database;

  @Override
  protected StudioPorts ports() {
    return new StudioPorts(database, database, database, database);
  }

  @Override
  protected String peopleSchema() {
    return InMemoryStudioDatabase.SCHEMA;
  }

  @Override
  protected void freshPeople(List<String> names) {
    database = new InMemoryStudioDatabase().withPeopleTable("people");
    for (int i = 0; i < names.size(); i++) {
      var row = new LinkedHashMap<String, JsonValue>();
      row.put("id", JsonNumber.of(i + 1));
      row.put("name", new JsonString(names.get(i)));
      row.put("note", JsonNull.INSTANCE);
      database.withRow("people", new JsonObject(row));
    }
  }
}
