import { request, withQuery } from './http'

/** JSON values as the Studio sends them (exact numerics and big integers are strings). */
export type Value = null | boolean | number | string | Value[] | { [name: string]: Value }
export type Row = Record<string, Value>

export interface Overview {
  engine: string
  database: string
  readOnly: boolean
  sql: boolean
  introspection: boolean
  /** Whether "Save as project" is possible here (the server's Studio, for a signed-in admin). */
  projects: boolean
}

export interface TableSummary {
  schema: string
  name: string
  kind: 'table' | 'view'
  rowCount: number | null
  rowCountExact: boolean
}

export type ValueKind =
  | 'integer'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'text'
  | 'date'
  | 'time'
  | 'timestamp'
  | 'timestamp_tz'
  | 'json'
  | 'bytes'
  | 'uuid'
  | 'enum'
  | 'array'
  | 'other'

export interface Column {
  name: string
  type: string
  kind: ValueKind
  nullable: boolean
  default: string | null
  primaryKey: boolean
  generated: boolean
  required: boolean
  comment?: string
  length?: number
  precision?: number
  scale?: number
  enumValues?: string[]
}

export interface ForeignKey {
  name: string
  columns: string[]
  refSchema: string
  refTable: string
  refColumns: string[]
  onDelete: string
  onUpdate: string
}

export interface TableStructure {
  schema: string
  name: string
  kind: 'table' | 'view'
  columns: Column[]
  primaryKey: string[]
  indexes: { name: string; columns: string[]; unique: boolean; primary: boolean }[]
  uniques: { name: string; columns: string[] }[]
  foreignKeys: ForeignKey[]
  comment: string | null
  editable: boolean
  readOnlyReason: string | null
}

/** Something the introspection could not carry over into the document. */
export interface IntrospectionWarning {
  path: string
  code: string
  message: string
}

export interface Introspection {
  document: Record<string, unknown>
  warnings: IntrospectionWarning[]
}

export interface RowPage {
  rows: Row[]
  total: number
  totalExact: boolean
  next: string | null
  previous: string | null
  truncated: { row: number; column: string; size: number }[]
}

export interface RowQuery {
  limit?: number
  offset?: number
  after?: string
  before?: string
  sort?: string
  filter?: string[]
  full?: boolean
  count?: 'exact'
}

export type SqlResult =
  | { columns: { name: string; type: string }[]; rows: Value[][]; truncated: boolean }
  | { affected: number }

const API = '/studio/api'

function tablePath(schema: string, table: string): string {
  return `${API}/schemas/${encodeURIComponent(schema)}/tables/${encodeURIComponent(table)}`
}

/** The Studio's HTTP API, one function per endpoint. */
export const studioApi = {
  overview: () => request<Overview>('GET', `${API}/overview`),
  tables: () => request<TableSummary[]>('GET', `${API}/tables`),
  structure: (schema: string, table: string) =>
    request<TableStructure>('GET', tablePath(schema, table)),
  count: (schema: string, table: string) =>
    request<{ count: number; exact: boolean }>('GET', `${tablePath(schema, table)}/count`),
  rows: (schema: string, table: string, query: RowQuery, signal?: AbortSignal) =>
    request<RowPage>('GET', withQuery(`${tablePath(schema, table)}/rows`, { ...query }), undefined, signal),
  insertRow: (schema: string, table: string, values: Row) =>
    request<Row>('POST', `${tablePath(schema, table)}/rows`, { values }),
  updateRow: (schema: string, table: string, key: Row, set: Row, expect: Row) =>
    request<Row>('PATCH', `${tablePath(schema, table)}/rows`, { key, set, expect }),
  deleteRows: (schema: string, table: string, keys: Row[]) =>
    request<{ deleted: number }>('DELETE', `${tablePath(schema, table)}/rows`, { keys }),
  runSql: (sql: string, id: string) =>
    request<{ results: SqlResult[] }>('POST', `${API}/sql`, { sql, id }),
  cancelSql: (id: string) => request<{ cancelled: boolean }>('POST', `${API}/sql/cancel`, { id }),
  introspect: () => request<Introspection>('GET', `${API}/introspect?include=warnings`),
}
