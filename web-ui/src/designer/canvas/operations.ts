/**
 * Every edit of the designer as a pure function: document in, new document out. The input is never
 * changed; untouched elements are shared. Components call these and hand the result to the
 * history (see `useHistory`), so each edit is one undoable step.
 */
import { renameColumnInCheck } from './checkExpressions'
import { columnType } from './columnTypes'
import type { Check, Column, ColumnPair, EnumType, Group, Index, Note, Position, Relation, SchemaDocument, Table } from './document'
import { relationPairs } from './document'

/** Makes ids: `t-3f9a1c0d`. Replaceable in tests for stable ids. */
export type IdMaker = (prefix: string) => string

let idMaker: IdMaker = (prefix) => {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().replace(/-/g, '').slice(0, 10)
      : Math.random().toString(16).slice(2, 12)
  return `${prefix}-${random}`
}

export function setIdMaker(maker: IdMaker): IdMaker {
  const previous = idMaker
  idMaker = maker
  return previous
}

export function newId(prefix: string): string {
  return idMaker(prefix)
}

export const TABLE_COLORS = ['#3b82f6', '#22c55e', '#a855f7', '#f97316', '#ef4444', '#14b8a6', '#eab308', '#6b7280']

/** `base`, or `base_2`, `base_3` … whichever no name in `taken` has (case-insensitively). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((name) => name.toLowerCase()))
  if (!names.has(base.toLowerCase())) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`
    if (!names.has(candidate.toLowerCase())) return candidate
  }
}

function mapTable(doc: SchemaDocument, tableId: string, change: (table: Table) => Table): SchemaDocument {
  let found = false
  const tables = doc.tables.map((table) => {
    if (table.id !== tableId) return table
    found = true
    return change(table)
  })
  return found ? { ...doc, tables } : doc
}

/** Copies `object` with `patch` applied; a member set to `undefined` in the patch is removed. */
function patched<T extends object>(object: T, patch: Partial<T>): T {
  const result: Record<string, unknown> = { ...(object as Record<string, unknown>) }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete result[key]
    else result[key] = value
  }
  return result as T
}

// ---- tables ----

export interface NewTable {
  name?: string
  position?: { x: number; y: number }
  color?: string
}

/** Adds a table with an auto-incrementing `id` key column; answers the document and the table's id. */
export function addTable(doc: SchemaDocument, options: NewTable = {}): { doc: SchemaDocument; tableId: string } {
  const tableId = newId('t')
  const name = uniqueName(options.name?.trim() || `table_${doc.tables.length + 1}`, doc.tables.map((t) => t.name))
  const table: Table = {
    id: tableId,
    name,
    color: options.color ?? TABLE_COLORS[doc.tables.length % TABLE_COLORS.length],
    columns: [{ id: newId('c'), name: 'id', type: 'SERIAL', primaryKey: true, nullable: false, unique: true }],
    indexes: [],
    position: { x: options.position?.x ?? 0, y: options.position?.y ?? 0 },
  }
  return { doc: { ...doc, tables: [...doc.tables, table] }, tableId }
}

export type TablePatch = Partial<Pick<Table, 'name' | 'color' | 'comment'>>

export function updateTable(doc: SchemaDocument, tableId: string, patch: TablePatch): SchemaDocument {
  return mapTable(doc, tableId, (table) => patched<Table>(table, patch))
}

/** Moves tables, groups and notes (by id) to new positions (relative to their group, if any). */
export function moveElements(doc: SchemaDocument, positions: Record<string, { x: number; y: number }>): SchemaDocument {
  const place = <T extends { id: string; position?: Position }>(element: T): T => {
    const to = positions[element.id]
    if (!to) return element
    if (element.position && element.position.x === to.x && element.position.y === to.y) return element
    return { ...element, position: { ...(element.position ?? {}), x: Math.round(to.x), y: Math.round(to.y) } }
  }
  const tables = doc.tables.map(place)
  const groups = doc.groups?.map(place)
  const notes = doc.notes?.map(place)
  const changed =
    tables.some((t, i) => t !== doc.tables[i]) ||
    (groups ?? []).some((g, i) => g !== doc.groups?.[i]) ||
    (notes ?? []).some((n, i) => n !== doc.notes?.[i])
  if (!changed) return doc
  const next: SchemaDocument = { ...doc, tables }
  if (groups) next.groups = groups
  if (notes) next.notes = notes
  return next
}

export interface Selection {
  tables?: string[]
  relations?: string[]
  groups?: string[]
  notes?: string[]
}

/**
 * Deletes tables (with every relation that touches them), relations, groups (their tables and
 * notes stay, placed where they were) and notes.
 */
export function deleteElements(doc: SchemaDocument, selection: Selection): SchemaDocument {
  const tables = new Set(selection.tables ?? [])
  const relations = new Set(selection.relations ?? [])
  const groups = new Set(selection.groups ?? [])
  const notes = new Set(selection.notes ?? [])
  if (tables.size + relations.size + groups.size + notes.size === 0) return doc
  let next: SchemaDocument = doc
  for (const groupId of groups) next = ungroupAll(next, groupId)
  const result: SchemaDocument = {
    ...next,
    tables: next.tables.filter((t) => !tables.has(t.id)),
    relations: next.relations.filter(
      (r) => !relations.has(r.id) && !tables.has(r.sourceTableId) && !tables.has(r.targetTableId),
    ),
  }
  if (next.groups) result.groups = next.groups.filter((g) => !groups.has(g.id))
  if (next.notes) result.notes = next.notes.filter((n) => !notes.has(n.id))
  return result
}

// ---- columns ----

export function addColumn(doc: SchemaDocument, tableId: string, column: Partial<Column> = {}): { doc: SchemaDocument; columnId: string } {
  const columnId = newId('c')
  const next = mapTable(doc, tableId, (table) => {
    const name = uniqueName(column.name?.trim() || `column_${table.columns.length + 1}`, table.columns.map((c) => c.name))
    const added: Column = { nullable: true, primaryKey: false, unique: false, type: 'VARCHAR', length: 255, ...column, id: columnId, name }
    return { ...table, columns: [...table.columns, added] }
  })
  return { doc: next, columnId }
}

/**
 * Changes a column. A new type drops the parameters it does not take and gets sensible ones it
 * needs (VARCHAR → length 255, DECIMAL → 10,2); a primary key is NOT NULL; an ENUM column keeps its
 * enum, other types lose it.
 */
export function updateColumn(doc: SchemaDocument, tableId: string, columnId: string, patch: Partial<Column>): SchemaDocument {
  return mapTable(doc, tableId, (table) => {
    let changed = false
    const columns = table.columns.map((column) => {
      if (column.id !== columnId) return column
      changed = true
      let next = patched(column, patch)
      if (patch.type !== undefined && patch.type !== column.type) next = fitParameters(next)
      if (patch.primaryKey === true) next = { ...next, nullable: false }
      if (patch.nullable === true && next.primaryKey) next = { ...next, primaryKey: false }
      return next
    })
    if (!changed) return table
    const old = table.columns.find((c) => c.id === columnId)!
    if (patch.name !== undefined && patch.name !== old.name && table.checks) {
      // the checks follow the column, as the server's migration expects them to
      const checks = table.checks.map((check) => {
        const expression = renameColumnInCheck(check.expression, old.name, patch.name!)
        return expression === check.expression ? check : { ...check, expression }
      })
      return { ...table, columns, checks }
    }
    return { ...table, columns }
  })
}

function fitParameters(column: Column): Column {
  const info = columnType(column.type)
  const next: Column = { ...column }
  if (!info?.takesLength) delete next.length
  else if (next.length === undefined && (info.name === 'VARCHAR' || info.name === 'CHAR')) next.length = info.name === 'VARCHAR' ? 255 : 1
  if (!info?.takesPrecision) {
    delete next.precision
    delete next.scale
  } else if (next.precision === undefined) {
    next.precision = 10
    next.scale = 2
  }
  if (!info?.takesDimension) delete next.dimension
  else if (next.dimension === undefined) next.dimension = 3
  if (info?.name !== 'ENUM') delete next.enumId
  return next
}

/** Moves a column up (`-1`) or down (`+1`) in its table; at either end nothing changes. */
export function moveColumn(doc: SchemaDocument, tableId: string, columnId: string, delta: number): SchemaDocument {
  return mapTable(doc, tableId, (table) => {
    const from = table.columns.findIndex((c) => c.id === columnId)
    const to = from + delta
    if (from < 0 || to < 0 || to >= table.columns.length) return table
    const columns = [...table.columns]
    const [moved] = columns.splice(from, 1)
    columns.splice(to, 0, moved!)
    return { ...table, columns }
  })
}

/** Deletes a column, the relations that use it and its place in indexes (an index left empty goes too). */
export function deleteColumn(doc: SchemaDocument, tableId: string, columnId: string): SchemaDocument {
  const next = mapTable(doc, tableId, (table) => {
    const result: Table = { ...table, columns: table.columns.filter((c) => c.id !== columnId) }
    if (table.indexes) {
      result.indexes = table.indexes
        .map((index) => (index.columnIds.includes(columnId) ? { ...index, columnIds: index.columnIds.filter((id) => id !== columnId) } : index))
        .filter((index) => index.columnIds.length > 0)
    }
    return result
  })
  if (next === doc) return doc
  return {
    ...next,
    // a relation with the column in any of its pairs goes with it, as a foreign key would
    relations: next.relations.filter(
      (r) =>
        !relationPairs(r).some(
          (pair) => (r.sourceTableId === tableId && pair.sourceColumnId === columnId) || (r.targetTableId === tableId && pair.targetColumnId === columnId),
        ),
    ),
  }
}

// ---- checks ----

/** The table with `checks`, or without the member when there are none. */
function withChecks(table: Table, checks: Check[]): Table {
  const result: Table = { ...table, checks }
  if (checks.length === 0) delete result.checks
  return result
}

export function addCheck(doc: SchemaDocument, tableId: string, expression: string): { doc: SchemaDocument; checkId: string } {
  const checkId = newId('k')
  const next = mapTable(doc, tableId, (table) => withChecks(table, [...(table.checks ?? []), { id: checkId, expression }]))
  return { doc: next, checkId }
}

export function updateCheck(doc: SchemaDocument, tableId: string, checkId: string, patch: Partial<Check>): SchemaDocument {
  return mapTable(doc, tableId, (table) =>
    withChecks(
      table,
      (table.checks ?? []).map((check) => (check.id === checkId ? patched(check, patch) : check)),
    ),
  )
}

export function deleteCheck(doc: SchemaDocument, tableId: string, checkId: string): SchemaDocument {
  return mapTable(doc, tableId, (table) => withChecks(table, (table.checks ?? []).filter((check) => check.id !== checkId)))
}

// ---- indexes ----

export function addIndex(doc: SchemaDocument, tableId: string, columnIds: string[], unique = false): { doc: SchemaDocument; indexId: string } {
  const indexId = newId('i')
  const next = mapTable(doc, tableId, (table) => ({ ...table, indexes: [...(table.indexes ?? []), { id: indexId, columnIds, unique }] }))
  return { doc: next, indexId }
}

export function updateIndex(doc: SchemaDocument, tableId: string, indexId: string, patch: Partial<Index>): SchemaDocument {
  return mapTable(doc, tableId, (table) => ({
    ...table,
    indexes: (table.indexes ?? []).map((index) => (index.id === indexId ? patched(index, patch) : index)),
  }))
}

export function deleteIndex(doc: SchemaDocument, tableId: string, indexId: string): SchemaDocument {
  return mapTable(doc, tableId, (table) => ({ ...table, indexes: (table.indexes ?? []).filter((index) => index.id !== indexId) }))
}

// ---- relations ----

/** A relation before it has an id. */
export type NewRelation = Partial<Relation> & Pick<Relation, 'sourceTableId' | 'sourceColumnId' | 'targetTableId' | 'targetColumnId' | 'type'>

export function addRelation(doc: SchemaDocument, relation: NewRelation): { doc: SchemaDocument; relationId: string } {
  const relationId = newId('r')
  const added: Relation = { sourceHandlePosition: 'right', targetHandlePosition: 'left', ...relation, id: relationId }
  return { doc: { ...doc, relations: [...doc.relations, added] }, relationId }
}

export function updateRelation(doc: SchemaDocument, relationId: string, patch: Partial<Relation>): SchemaDocument {
  if (!doc.relations.some((r) => r.id === relationId)) return doc
  return { ...doc, relations: doc.relations.map((r) => (r.id === relationId ? patched(r, patch) : r)) }
}

export function deleteRelation(doc: SchemaDocument, relationId: string): SchemaDocument {
  return deleteElements(doc, { relations: [relationId] })
}

// ---- groups and notes ----

export function addGroup(doc: SchemaDocument, options: { name?: string; position?: { x: number; y: number } } = {}): { doc: SchemaDocument; groupId: string } {
  const groupId = newId('g')
  const groups = doc.groups ?? []
  const group: Group = {
    id: groupId,
    name: uniqueName(options.name?.trim() || 'Group', groups.map((g) => g.name)),
    color: '#6b7280',
    position: { x: options.position?.x ?? 0, y: options.position?.y ?? 0 },
    style: { width: '400px', height: '300px' },
  }
  return { doc: { ...doc, groups: [...groups, group] }, groupId }
}

export function updateGroup(doc: SchemaDocument, groupId: string, patch: Partial<Group>): SchemaDocument {
  return { ...doc, groups: (doc.groups ?? []).map((g) => (g.id === groupId ? patched(g, patch) : g)) }
}

export function addNote(doc: SchemaDocument, options: { name?: string; content?: string; position?: { x: number; y: number } } = {}): { doc: SchemaDocument; noteId: string } {
  const noteId = newId('n')
  const notes = doc.notes ?? []
  const note: Note = {
    id: noteId,
    name: uniqueName(options.name?.trim() || 'Note', notes.map((n) => n.name)),
    content: options.content ?? '',
    color: '#fef3c7',
    textColor: 'black',
    position: { x: options.position?.x ?? 0, y: options.position?.y ?? 0 },
    style: { width: '200px', height: '150px' },
  }
  return { doc: { ...doc, notes: [...notes, note] }, noteId }
}

export function updateNote(doc: SchemaDocument, noteId: string, patch: Partial<Note>): SchemaDocument {
  return { ...doc, notes: (doc.notes ?? []).map((n) => (n.id === noteId ? patched(n, patch) : n)) }
}

function groupPosition(doc: SchemaDocument, groupId: string | undefined): { x: number; y: number } {
  const group = groupId ? doc.groups?.find((g) => g.id === groupId) : undefined
  return { x: group?.position?.x ?? 0, y: group?.position?.y ?? 0 }
}

/**
 * Puts a table into a group (or out of any, with `undefined`), keeping it where it is on the
 * canvas: positions inside a group are relative to the group's corner.
 */
export function setTableGroup(doc: SchemaDocument, tableId: string, groupId: string | undefined): SchemaDocument {
  return mapTable(doc, tableId, (table) => {
    if (table.parentNode === groupId) return table
    const from = groupPosition(doc, table.parentNode)
    const to = groupPosition(doc, groupId)
    const x = (table.position?.x ?? 0) + from.x - to.x
    const y = (table.position?.y ?? 0) + from.y - to.y
    return patched(table, { parentNode: groupId, position: { ...(table.position ?? {}), x, y } })
  })
}

function ungroupAll(doc: SchemaDocument, groupId: string): SchemaDocument {
  let next = doc
  for (const table of doc.tables) {
    if (table.parentNode === groupId) next = setTableGroup(next, table.id, undefined)
  }
  const origin = groupPosition(doc, groupId)
  if (next.notes?.some((n) => n.parentNode === groupId)) {
    next = {
      ...next,
      notes: next.notes.map((n) =>
        n.parentNode === groupId
          ? patched(n, { parentNode: undefined, position: { ...(n.position ?? {}), x: (n.position?.x ?? 0) + origin.x, y: (n.position?.y ?? 0) + origin.y } })
          : n,
      ),
    }
  }
  return next
}

// ---- enums ----

export function addEnum(doc: SchemaDocument, name: string, values: string[]): { doc: SchemaDocument; enumId: string } {
  const enumId = newId('e')
  const enums = doc.enums ?? []
  const added: EnumType = { id: enumId, name: uniqueName(name.trim() || 'status', enums.map((e) => e.name)), values }
  return { doc: { ...doc, enums: [...enums, added] }, enumId }
}

export function updateEnum(doc: SchemaDocument, enumId: string, patch: Partial<EnumType>): SchemaDocument {
  return { ...doc, enums: (doc.enums ?? []).map((e) => (e.id === enumId ? patched(e, patch) : e)) }
}

/** Deletes an enum; its columns become TEXT so the document stays readable. */
export function deleteEnum(doc: SchemaDocument, enumId: string): SchemaDocument {
  let next: SchemaDocument = { ...doc, enums: (doc.enums ?? []).filter((e) => e.id !== enumId) }
  for (const table of doc.tables) {
    for (const column of table.columns) {
      if (column.enumId === enumId) next = updateColumn(next, table.id, column.id, { type: 'TEXT' })
    }
  }
  return next
}

// ---- copy and paste ----

/** What Copy keeps: tables (with the relations among them) and notes. */
export interface Fragment {
  tables: Table[]
  relations: Relation[]
  notes: Note[]
}

export function copyElements(doc: SchemaDocument, tableIds: string[], noteIds: string[] = []): Fragment {
  const tables = new Set(tableIds)
  return {
    tables: doc.tables.filter((t) => tables.has(t.id)),
    relations: doc.relations.filter((r) => tables.has(r.sourceTableId) && tables.has(r.targetTableId)),
    notes: (doc.notes ?? []).filter((n) => noteIds.includes(n.id)),
  }
}

/**
 * Pastes a fragment as new elements: fresh ids everywhere (relations and indexes follow), names
 * made unique (`users_2`), moved by `offset`, outside any group. Answers the new ids.
 */
export function pasteElements(
  doc: SchemaDocument,
  fragment: Fragment,
  offset = { x: 40, y: 40 },
): { doc: SchemaDocument; tableIds: string[]; noteIds: string[] } {
  const tableIds = new Map<string, string>()
  const columnIds = new Map<string, string>()
  const names = doc.tables.map((t) => t.name)
  const tables: Table[] = fragment.tables.map((table) => {
    const id = newId('t')
    tableIds.set(table.id, id)
    const origin = groupPosition(doc, table.parentNode)
    const columns = table.columns.map((column) => {
      const columnId = newId('c')
      columnIds.set(`${table.id}/${column.id}`, columnId)
      return { ...column, id: columnId }
    })
    const name = uniqueName(table.name, names)
    names.push(name)
    const pasted: Table = {
      ...table,
      id,
      name,
      columns,
      position: { ...(table.position ?? {}), x: (table.position?.x ?? 0) + origin.x + offset.x, y: (table.position?.y ?? 0) + origin.y + offset.y },
    }
    delete pasted.parentNode
    if (table.indexes) {
      pasted.indexes = table.indexes.map((index) => ({
        ...index,
        id: newId('i'),
        columnIds: index.columnIds.map((c) => columnIds.get(`${table.id}/${c}`) ?? c),
      }))
    }
    if (table.checks) {
      // names may be unique per schema (MySQL, SQLite): the copy's checks get generated ones
      pasted.checks = table.checks.map((check) => {
        const copy: Check = { ...check, id: newId('k') }
        delete copy.name
        return copy
      })
    }
    return pasted
  })
  const relations: Relation[] = fragment.relations.flatMap((relation) => {
    const source = tableIds.get(relation.sourceTableId)
    const target = tableIds.get(relation.targetTableId)
    const sourceColumn = columnIds.get(`${relation.sourceTableId}/${relation.sourceColumnId}`)
    const targetColumn = columnIds.get(`${relation.targetTableId}/${relation.targetColumnId}`)
    if (!source || !target || !sourceColumn || !targetColumn) return []
    const pasted: Relation = { ...relation, id: newId('r'), sourceTableId: source, targetTableId: target, sourceColumnId: sourceColumn, targetColumnId: targetColumn }
    if (relation.additionalColumns) {
      const pairs = relation.additionalColumns.map((pair) => ({
        ...pair,
        sourceColumnId: columnIds.get(`${relation.sourceTableId}/${pair.sourceColumnId}`),
        targetColumnId: columnIds.get(`${relation.targetTableId}/${pair.targetColumnId}`),
      }))
      if (pairs.some((pair) => !pair.sourceColumnId || !pair.targetColumnId)) return []
      pasted.additionalColumns = pairs as ColumnPair[]
    }
    return [pasted]
  })
  const noteNames = (doc.notes ?? []).map((n) => n.name)
  const notes: Note[] = fragment.notes.map((note) => {
    const origin = groupPosition(doc, note.parentNode)
    const pasted: Note = {
      ...note,
      id: newId('n'),
      name: uniqueName(note.name, noteNames),
      position: { ...(note.position ?? {}), x: (note.position?.x ?? 0) + origin.x + offset.x, y: (note.position?.y ?? 0) + origin.y + offset.y },
    }
    delete pasted.parentNode
    return pasted
  })
  const next: SchemaDocument = { ...doc, tables: [...doc.tables, ...tables], relations: [...doc.relations, ...relations] }
  if (notes.length > 0) next.notes = [...(doc.notes ?? []), ...notes]
  return { doc: next, tableIds: tables.map((t) => t.id), noteIds: notes.map((n) => n.id) }
}
