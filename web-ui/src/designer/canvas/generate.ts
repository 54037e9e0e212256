/**
 * A synthetic document of `count` tables in a grid, each but the first referencing an earlier one:
 * for the 500- and 2,000-table performance checks (development page `?tables=500`, benchmark).
 */
import type { Relation, SchemaDocument, Table } from './document'

export function generatedDocument(count: number, withPositions = true): SchemaDocument {
  const tables: Table[] = []
  const relations: Relation[] = []
  const perRow = Math.max(1, Math.ceil(Math.sqrt(count)))
  for (let i = 0; i < count; i++) {
    const table: Table = {
      id: `t${i}`,
      name: `table_${i}`,
      color: ['#3b82f6', '#22c55e', '#a855f7', '#f97316'][i % 4],
      columns: [
        { id: 'id', name: 'id', type: 'BIGSERIAL', primaryKey: true, nullable: false, unique: true },
        { id: 'parent', name: 'parent_id', type: 'BIGINT', nullable: true },
        { id: 'name', name: 'name', type: 'VARCHAR', length: 120, nullable: false },
        { id: 'created', name: 'created_at', type: 'TIMESTAMPTZ', nullable: false, default: 'now()' },
        { id: 'note', name: 'note', type: 'TEXT', nullable: true },
      ],
    }
    if (withPositions) table.position = { x: (i % perRow) * 320, y: Math.floor(i / perRow) * 260 }
    tables.push(table)
    if (i > 0) {
      relations.push({ id: `r${i}`, sourceTableId: `t${i}`, sourceColumnId: 'parent', targetTableId: `t${Math.floor((i - 1) / 2)}`, targetColumnId: 'id', type: '1:N', onDelete: 'SET NULL' })
    }
  }
  return { tables, relations, groups: [], notes: [] }
}
