/**
 * The column types a document may use (the server's `ColumnType`), with what each engine makes of
 * them — the README's type table as data, so the type picker can say "stored as DATETIME(6)"
 * before the server's validation does.
 */
export type Engine = 'PostgreSQL' | 'MySQL' | 'SQLite'

export const ENGINES: readonly Engine[] = ['PostgreSQL', 'MySQL', 'SQLite']

export interface EngineType {
  /** The engine's own type. */
  native: string
  /** Whether the engine stores it as something else (the server warns TYPE_MAPPED). */
  mapped: boolean
  /** Whether it can be a key, unique, indexed or in a foreign key there. */
  keyable: boolean
}

export interface ColumnTypeInfo {
  name: string
  category: 'Numeric' | 'Auto increment' | 'Text' | 'Binary' | 'Date and time' | 'Boolean' | 'Geometric' | 'Network' | 'Bit string' | 'Search' | 'Document' | 'Other' | 'Vector' | 'Enum'
  takesLength: boolean
  takesPrecision: boolean
  takesDimension: boolean
  engines: Record<Engine, EngineType>
}

// name, category, parameters, PostgreSQL, MySQL, SQLite. "!" marks a mapping, "x" marks not keyable.
const TABLE: [string, ColumnTypeInfo['category'], '' | 'length' | 'precision' | 'dimension', string, string, string][] = [
  ['SMALLINT', 'Numeric', '', 'SMALLINT', 'SMALLINT', 'SMALLINT'],
  ['INT', 'Numeric', '', 'INTEGER', 'INT', 'INTEGER'],
  ['INTEGER', 'Numeric', '', 'INTEGER', 'INT', 'INTEGER'],
  ['BIGINT', 'Numeric', '', 'BIGINT', 'BIGINT', 'BIGINT'],
  ['DECIMAL', 'Numeric', 'precision', 'DECIMAL', 'DECIMAL', 'DECIMAL!'],
  ['NUMERIC', 'Numeric', 'precision', 'NUMERIC', 'NUMERIC', 'NUMERIC!'],
  ['REAL', 'Numeric', '', 'REAL', 'FLOAT', 'REAL'],
  ['DOUBLE PRECISION', 'Numeric', '', 'DOUBLE PRECISION', 'DOUBLE', 'DOUBLE PRECISION'],
  ['FLOAT', 'Numeric', '', 'FLOAT', 'DOUBLE', 'FLOAT'],
  ['MONEY', 'Numeric', '', 'MONEY', 'DECIMAL(19,4)!', 'NUMERIC!'],
  ['SMALLSERIAL', 'Auto increment', '', 'SMALLSERIAL', 'SMALLINT AUTO_INCREMENT', 'INTEGER AUTOINCREMENT'],
  ['SERIAL', 'Auto increment', '', 'SERIAL', 'INT AUTO_INCREMENT', 'INTEGER AUTOINCREMENT'],
  ['BIGSERIAL', 'Auto increment', '', 'BIGSERIAL', 'BIGINT AUTO_INCREMENT', 'INTEGER AUTOINCREMENT'],
  ['CHAR', 'Text', 'length', 'CHAR', 'CHAR', 'CHAR'],
  ['VARCHAR', 'Text', 'length', 'VARCHAR', 'VARCHAR', 'VARCHAR'],
  ['TEXT', 'Text', '', 'TEXT', 'LONGTEXTx', 'TEXT'],
  ['BYTEA', 'Binary', '', 'BYTEA', 'LONGBLOB!x', 'BLOB'],
  ['DATE', 'Date and time', '', 'DATE', 'DATE', 'TEXT!'],
  ['TIME', 'Date and time', '', 'TIME', 'TIME(6)', 'TEXT!'],
  ['TIMETZ', 'Date and time', '', 'TIMETZ', 'TIME(6)!', 'TEXT!'],
  ['TIMESTAMP', 'Date and time', '', 'TIMESTAMP', 'DATETIME(6)', 'TEXT!'],
  ['TIMESTAMPTZ', 'Date and time', '', 'TIMESTAMPTZ', 'DATETIME(6)!', 'TEXT!'],
  ['INTERVAL', 'Date and time', '', 'INTERVAL', 'VARCHAR(255)!', 'TEXT!'],
  ['BOOLEAN', 'Boolean', '', 'BOOLEAN', 'TINYINT(1)', 'INTEGER!'],
  ['POINT', 'Geometric', '', 'POINTx', 'LONGTEXT!x', 'TEXT!'],
  ['LINE', 'Geometric', '', 'LINEx', 'LONGTEXT!x', 'TEXT!'],
  ['LSEG', 'Geometric', '', 'LSEGx', 'LONGTEXT!x', 'TEXT!'],
  ['BOX', 'Geometric', '', 'BOXx', 'LONGTEXT!x', 'TEXT!'],
  ['PATH', 'Geometric', '', 'PATHx', 'LONGTEXT!x', 'TEXT!'],
  ['POLYGON', 'Geometric', '', 'POLYGONx', 'LONGTEXT!x', 'TEXT!'],
  ['CIRCLE', 'Geometric', '', 'CIRCLEx', 'LONGTEXT!x', 'TEXT!'],
  ['CIDR', 'Network', '', 'CIDR', 'VARCHAR(43)!', 'TEXT!'],
  ['INET', 'Network', '', 'INET', 'VARCHAR(43)!', 'TEXT!'],
  ['MACADDR', 'Network', '', 'MACADDR', 'VARCHAR(17)!', 'TEXT!'],
  ['MACADDR8', 'Network', '', 'MACADDR8', 'VARCHAR(23)!', 'TEXT!'],
  ['BIT', 'Bit string', 'length', 'BIT', 'BIT', 'TEXT!'],
  ['VARBIT', 'Bit string', 'length', 'VARBIT', 'BIT!', 'TEXT!'],
  ['TSVECTOR', 'Search', '', 'TSVECTOR', 'LONGTEXT!x', 'TEXT!'],
  ['TSQUERY', 'Search', '', 'TSQUERY', 'LONGTEXT!x', 'TEXT!'],
  ['JSON', 'Document', '', 'JSONx', 'JSONx', 'TEXT!'],
  ['JSONB', 'Document', '', 'JSONB', 'JSON!x', 'TEXT!'],
  ['UUID', 'Other', '', 'UUID', 'CHAR(36)!', 'TEXT!'],
  ['XML', 'Document', '', 'XMLx', 'LONGTEXT!x', 'TEXT!'],
  ['VECTOR', 'Vector', 'dimension', 'vector', 'JSON!x', 'TEXT!'],
  ['HALFVEC', 'Vector', 'dimension', 'halfvec', 'JSON!x', 'TEXT!'],
  ['SPARSEVEC', 'Vector', 'dimension', 'sparsevec', 'JSON!x', 'TEXT!'],
  ['ENUM', 'Enum', '', 'the enum type', 'ENUM(…)', 'TEXT + CHECK'],
]

function engineType(cell: string): EngineType {
  const match = /^(.*?)(!?)(x?)$/.exec(cell)!
  return { native: match[1]!, mapped: match[2] === '!', keyable: match[3] !== 'x' }
}

export const COLUMN_TYPES: readonly ColumnTypeInfo[] = TABLE.map(([name, category, parameter, pg, my, lite]) => ({
  name,
  category,
  takesLength: parameter === 'length',
  takesPrecision: parameter === 'precision',
  takesDimension: parameter === 'dimension',
  engines: { PostgreSQL: engineType(pg), MySQL: engineType(my), SQLite: engineType(lite) },
}))

const BY_NAME = new Map(COLUMN_TYPES.map((type) => [type.name, type]))

/** The type named `name` (case and blanks as the server reads them), if it is one of ours. */
export function columnType(name: string): ColumnTypeInfo | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.trim().replace(/\s+/g, ' ').toUpperCase())
}

/** Reads an engine name as the server does (`postgres`, `mariadb` …); PostgreSQL otherwise. */
export function engineOf(name: string | null | undefined): Engine {
  switch ((name ?? '').trim().toLowerCase()) {
    case 'mysql':
    case 'mariadb':
      return 'MySQL'
    case 'sqlite':
    case 'sqlite3':
      return 'SQLite'
    default:
      return 'PostgreSQL'
  }
}

const SERIAL_OF: Record<string, string> = { SMALLINT: 'SMALLSERIAL', INT: 'SERIAL', INTEGER: 'SERIAL', BIGINT: 'BIGSERIAL' }
const PLAIN_OF: Record<string, string> = { SMALLSERIAL: 'SMALLINT', SERIAL: 'INTEGER', BIGSERIAL: 'BIGINT' }

/** Whether the type auto-increments (the serials). */
export function isAutoIncrement(type: string): boolean {
  return columnType(type)?.category === 'Auto increment'
}

/** Whether auto-increment can be switched on or off for the type (integers and serials). */
export function canAutoIncrement(type: string): boolean {
  const name = columnType(type)?.name ?? ''
  return name in SERIAL_OF || name in PLAIN_OF
}

/** The type with auto-increment switched on (INTEGER → SERIAL) or off (SERIAL → INTEGER). */
export function withAutoIncrement(type: string, on: boolean): string {
  const name = columnType(type)?.name ?? type
  return on ? (SERIAL_OF[name] ?? name) : (PLAIN_OF[name] ?? name)
}

/** How a column's type reads on the canvas: `VARCHAR(255)`, `DECIMAL(3,1)`, `VECTOR(3)`. */
export function typeLabel(column: { type: string; length?: number; precision?: number; scale?: number; dimension?: number }): string {
  const info = columnType(column.type)
  if (info?.takesLength && column.length !== undefined) return `${column.type}(${column.length})`
  if (info?.takesPrecision && column.precision !== undefined) {
    return column.scale !== undefined ? `${column.type}(${column.precision},${column.scale})` : `${column.type}(${column.precision})`
  }
  if (info?.takesDimension && column.dimension !== undefined) return `${column.type}(${column.dimension})`
  return column.type
}
