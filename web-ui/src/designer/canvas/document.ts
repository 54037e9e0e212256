/**
 * The DBKeep schema document as the project API stores it (`data` of a project). Members the
 * editor does not know are kept: every operation copies elements with a spread, never rebuilds
 * them from known fields only.
 *
 * Documents are treated as immutable values: an edit returns a new document that shares every
 * untouched table, column and relation with the old one. Undo keeps references, not copies.
 */
export interface Position {
  x: number
  y: number
  [member: string]: unknown
}

export interface Size {
  width?: string
  height?: string
  [member: string]: unknown
}

export interface Column {
  id: string
  name: string
  type: string
  primaryKey?: boolean
  nullable?: boolean
  unique?: boolean
  default?: string
  length?: number
  precision?: number
  scale?: number
  dimension?: number
  enumId?: string
  comment?: string
  [member: string]: unknown
}

export interface Index {
  id: string
  name?: string
  columnIds: string[]
  unique?: boolean
  [member: string]: unknown
}

/**
 * A CHECK constraint: `expression` is written in the engine-neutral subset the server validates
 * (column names, literals, comparisons, AND/OR/NOT, IS NULL, IN, BETWEEN, LIKE, + - * /, length,
 * lower, upper, trim, abs); each engine's export writes it in its own SQL.
 */
export interface Check {
  id: string
  name?: string
  expression: string
  [member: string]: unknown
}

export interface Table {
  id: string
  name: string
  color?: string
  position?: Position
  parentNode?: string
  columns: Column[]
  indexes?: Index[]
  /** Absent, not empty, when the table has none (so documents without checks stay as they were). */
  checks?: Check[]
  comment?: string
  [member: string]: unknown
}

export type RelationType = '1:1' | '1:N' | 'N:M'
export type ReferentialAction = 'CASCADE' | 'SET NULL' | 'RESTRICT' | 'NO ACTION'

/** One more column pair of a composite foreign key: a source column and the target column it references. */
export interface ColumnPair {
  sourceColumnId: string
  targetColumnId: string
  [member: string]: unknown
}

/**
 * A relation: the source is the referencing (foreign-key) column, the target the referenced one. A
 * composite foreign key keeps its first pair in `sourceColumnId`/`targetColumnId` and the others, in
 * order, in `additionalColumns` (absent for one column).
 */
export interface Relation {
  id: string
  name?: string
  sourceTableId: string
  sourceColumnId: string
  targetTableId: string
  targetColumnId: string
  additionalColumns?: ColumnPair[]
  type: RelationType | string
  onDelete?: ReferentialAction | string
  onUpdate?: ReferentialAction | string
  sourceHandlePosition?: string
  targetHandlePosition?: string
  [member: string]: unknown
}

export interface Group {
  id: string
  name: string
  color?: string
  position?: Position
  style?: Size
  [member: string]: unknown
}

export interface Note {
  id: string
  name: string
  content: string
  color?: string
  textColor?: string
  position?: Position
  style?: Size
  parentNode?: string
  [member: string]: unknown
}

export interface EnumType {
  id: string
  name: string
  values: string[]
  [member: string]: unknown
}

export interface SchemaDocument {
  formatVersion?: number
  tables: Table[]
  relations: Relation[]
  groups?: Group[]
  notes?: Note[]
  enums?: EnumType[]
  [member: string]: unknown
}

export const RELATION_TYPES: readonly RelationType[] = ['1:1', '1:N', 'N:M']
export const REFERENTIAL_ACTIONS: readonly ReferentialAction[] = ['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL']

/** Human names of the relation types, for selects and labels. */
export const RELATION_TYPE_NAMES: Record<RelationType, string> = {
  '1:1': 'One to one (1:1)',
  '1:N': 'One to many (1:N)',
  'N:M': 'Many to many (N:M)',
}

/**
 * Reads what a person or a server handed us into a document: a bare document, or an export
 * envelope (`{version, project: {name, engine, tables…}}`). Missing arrays become empty ones;
 * anything that is not an object with a `tables` array is refused with a message.
 */
export function toDocument(value: unknown): SchemaDocument {
  if (value === null || value === undefined) return emptyDocument()
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('A DBKeep document is a JSON object with a "tables" array.')
  }
  let object = value as Record<string, unknown>
  const project = object.project
  if (!Array.isArray(object.tables) && project !== null && typeof project === 'object' && !Array.isArray(project)) {
    // An export envelope: the project's name and engine describe the project, not the document.
    const { name: _name, engine: _engine, ...inner } = project as Record<string, unknown>
    object = inner
  }
  if (object.tables !== undefined && !Array.isArray(object.tables)) {
    throw new Error('"tables" must be an array.')
  }
  const document: SchemaDocument = {
    ...object,
    tables: ((object.tables as unknown[]) ?? []).map((table, index) => {
      if (table === null || typeof table !== 'object' || Array.isArray(table)) {
        throw new Error(`tables[${index}] must be an object.`)
      }
      const t = table as Table
      return Array.isArray(t.columns) ? t : { ...t, columns: [] }
    }),
    relations: Array.isArray(object.relations) ? (object.relations as Relation[]) : [],
  }
  return document
}

export function emptyDocument(): SchemaDocument {
  return { tables: [], relations: [], groups: [], notes: [] }
}

/** Every column pair of a relation, the first one first. */
export function relationPairs(relation: Relation): ColumnPair[] {
  return [{ sourceColumnId: relation.sourceColumnId, targetColumnId: relation.targetColumnId }, ...(relation.additionalColumns ?? [])]
}
