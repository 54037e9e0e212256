// Prints, for each DBML file named on the command line, what @dbml/core makes of it:
// {"file": …, "tables": n, "columns": n, "refs": n, "enums": n, "groups": n, "checks": n} or {"file": …, "error": "…"}.
// One JSON object per line, so the Java test can compare them with DbmlSchemaReader's counts.
const fs = require('fs');
const { Parser } = require('@dbml/core');

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    const database = new Parser().parse(text, 'dbmlv2');
    let tables = 0;
    let columns = 0;
    let refs = 0;
    let enums = 0;
    let groups = 0;
    let checks = 0;
    for (const schema of database.schemas) {
      tables += schema.tables.length;
      for (const table of schema.tables) {
        columns += table.fields.length;
        checks += (table.checks || []).length;
        for (const field of table.fields) checks += (field.checks || []).length;
      }
      // a composite reference is one relation with several column pairs, as DBKeep keeps it
      refs += schema.refs.length;
      enums += schema.enums.length;
      groups += schema.tableGroups.length;
    }
    console.log(JSON.stringify({ file, tables, columns, refs, enums, groups, checks }));
  } catch (error) {
    const diags = error && error.diags ? error.diags.map((d) => d.message).join('; ') : String(error);
    console.log(JSON.stringify({ file, error: diags }));
  }
}
