/**
 * The document as Vue Flow's nodes and edges. Node objects are cached by element: a table that did
 * not change (same object, same problem marks) keeps the very same node object, so Vue Flow and
 * the table's component see no change and a 500-table canvas re-renders only what was edited.
 * Node data is marked raw: it is replaced, never changed, so Vue need not proxy the document.
 */
import { MarkerType, Position, type Edge, type Node } from '@vue-flow/core'
import { markRaw } from 'vue'
import type { Group, Note, Relation, SchemaDocument, Table } from './document'
import { relationPairs } from './document'
import type { ProblemTarget } from './problems'
import { estimateTable } from './layout'

export type Severity = 'error' | 'warning'

/** Problem marks of one table: on the table itself and per column id. */
export interface TableMarks {
  table?: Severity
  columns: Record<string, Severity>
}

export interface TableNodeData {
  table: Table
  marks: TableMarks | undefined
  readOnly: boolean
}

export interface GroupNodeData {
  group: Group
}

export interface NoteNodeData {
  note: Note
}

/** The handles of a table drawn as its header only (zoomed far out): one on each side. */
export const COMPACT_HANDLE = { left: 'table:l', right: 'table:r' } as const

const EDGE_COLORS: Record<Severity | 'none', string> = { error: '#b42318', warning: '#b45309', none: '#8a94a6' }

const worse = (a: Severity | undefined, b: Severity): Severity => (a === 'error' || b === 'error' ? 'error' : 'warning')

/** Collects problem marks per table and relation from resolved problem targets. */
export function marksOf(targets: readonly { target: ProblemTarget; severity: Severity }[]): {
  tables: Map<string, TableMarks>
  relations: Map<string, Severity>
} {
  const tables = new Map<string, TableMarks>()
  const relations = new Map<string, Severity>()
  for (const { target, severity } of targets) {
    if (target.kind === 'table') {
      const marks = tables.get(target.tableId) ?? { columns: {} }
      if (target.columnId) marks.columns[target.columnId] = worse(marks.columns[target.columnId], severity)
      else marks.table = worse(marks.table, severity)
      tables.set(target.tableId, marks)
    } else if (target.kind === 'relation') {
      relations.set(target.relationId, worse(relations.get(target.relationId), severity))
    }
  }
  return { tables, relations }
}

function sameMarks(a: TableMarks | undefined, b: TableMarks | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.table !== b.table) return false
  const keys = Object.keys(a.columns)
  return keys.length === Object.keys(b.columns).length && keys.every((key) => a.columns[key] === b.columns[key])
}

function px(value: string | undefined, fallback: number): number {
  const number = value === undefined ? NaN : Number.parseFloat(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/** Builds nodes and edges, reusing those whose element did not change since the last call. */
export class FlowElements {
  private tableNodes = new Map<string, { table: Table; marks: TableMarks | undefined; readOnly: boolean; node: Node<TableNodeData> }>()
  private groupNodes = new Map<string, { group: Group; node: Node<GroupNodeData> }>()
  private noteNodes = new Map<string, { note: Note; node: Node<NoteNodeData> }>()
  private edgeCache = new Map<string, { relation: Relation; mark: Severity | undefined; names: string; edge: Edge }>()

  /**
   * Remembers a size Vue Flow measured, so that the node object handed to it again carries it
   * (Vue Flow copies every member of a node it is given onto its own).
   */
  rememberSize(id: string, size: { width: number; height: number }): void {
    const node = this.tableNodes.get(id)?.node ?? this.noteNodes.get(id)?.node ?? this.groupNodes.get(id)?.node
    if (node) (node as Node & { dimensions?: { width: number; height: number } }).dimensions = { width: size.width, height: size.height }
  }

  private sizeOf(id: string, estimate: () => { width: number; height: number }): { width: number; height: number } {
    const known = this.known(id)
    return known ?? estimate()
  }

  private known(id: string): { width: number; height: number } | undefined {
    const node = (this.tableNodes.get(id)?.node ?? this.noteNodes.get(id)?.node ?? this.groupNodes.get(id)?.node) as
      | (Node & { dimensions?: { width: number; height: number } })
      | undefined
    return node?.dimensions
  }

  /**
   * The nodes of a document. Each new node object carries a size (the last measured one, else an
   * estimate): Vue Flow counts a node of size 0 as visible wherever it is, so without a size every
   * table of a large document would be rendered once on opening, off-screen ones included.
   */
  nodes(doc: SchemaDocument, marks: Map<string, TableMarks>, readOnly = false): Node[] {
    const nodes: Node[] = []
    const groupIds = new Set<string>()
    const seenGroups = new Map<string, { group: Group; node: Node<GroupNodeData> }>()
    for (const group of doc.groups ?? []) {
      groupIds.add(group.id)
      let cached = this.groupNodes.get(group.id)
      if (!cached || cached.group !== group) {
        cached = {
          group,
          node: {
            id: group.id,
            type: 'group',
            position: { x: group.position?.x ?? 0, y: group.position?.y ?? 0 },
            data: markRaw({ group }),
            ariaLabel: `Group ${group.name}`,
            style: { width: `${px(group.style?.width, 400)}px`, height: `${px(group.style?.height, 300)}px` },
            zIndex: -1,
            dimensions: { width: px(group.style?.width, 400), height: px(group.style?.height, 300) },
          } as Node<GroupNodeData>,
        }
      }
      seenGroups.set(group.id, cached)
      nodes.push(cached.node)
    }
    this.groupNodes = seenGroups
    const seenTables = new Map<string, { table: Table; marks: TableMarks | undefined; readOnly: boolean; node: Node<TableNodeData> }>()
    for (const table of doc.tables) {
      const mark = marks.get(table.id)
      let cached = this.tableNodes.get(table.id)
      if (!cached || cached.table !== table || cached.readOnly !== readOnly || !sameMarks(cached.marks, mark)) {
        const node: Node<TableNodeData> = {
          id: table.id,
          type: 'table',
          position: { x: table.position?.x ?? 0, y: table.position?.y ?? 0 },
          data: markRaw({ table, marks: mark, readOnly }),
          ariaLabel: `Table ${table.name}`,
          dimensions: this.sizeOf(table.id, () => estimateTable(table)),
        } as Node<TableNodeData>
        if (table.parentNode && groupIds.has(table.parentNode)) node.parentNode = table.parentNode
        cached = { table, marks: mark, readOnly, node }
      }
      seenTables.set(table.id, cached)
      nodes.push(cached.node)
    }
    this.tableNodes = seenTables
    const seenNotes = new Map<string, { note: Note; node: Node<NoteNodeData> }>()
    for (const note of doc.notes ?? []) {
      let cached = this.noteNodes.get(note.id)
      if (!cached || cached.note !== note) {
        const node: Node<NoteNodeData> = {
          id: note.id,
          type: 'note',
          position: { x: note.position?.x ?? 0, y: note.position?.y ?? 0 },
          data: markRaw({ note }),
          ariaLabel: `Note ${note.name}`,
          style: { width: `${px(note.style?.width, 200)}px`, height: `${px(note.style?.height, 150)}px` },
          dimensions: { width: px(note.style?.width, 200), height: px(note.style?.height, 150) },
        } as Node<NoteNodeData>
        if (note.parentNode && groupIds.has(note.parentNode)) node.parentNode = note.parentNode
        cached = { note, node }
      }
      seenNotes.set(note.id, cached)
      nodes.push(cached.node)
    }
    this.noteNodes = seenNotes
    return nodes
  }

  /**
   * The relations as edges. Labels ("1:N") are left out above 150 relations: Vue Flow measures
   * every label's box whenever it draws it, which made zooming a large document crawl.
   * `compact`: tables are drawn as their header, and lines join the headers' sides.
   */
  edges(doc: SchemaDocument, marks: Map<string, Severity>, compact = false): Edge[] {
    const labelled = doc.relations.length <= 150
    const tables = new Map(doc.tables.map((t) => [t.id, t]))
    const groupAt = new Map((doc.groups ?? []).map((g) => [g.id, g.position ?? { x: 0, y: 0 }]))
    const edges: Edge[] = []
    const seen = new Map<string, { relation: Relation; mark: Severity | undefined; names: string; edge: Edge }>()
    for (const relation of doc.relations) {
      const source = tables.get(relation.sourceTableId)
      const target = tables.get(relation.targetTableId)
      if (!source || !target) continue
      const sourceColumn = source.columns.find((c) => c.id === relation.sourceColumnId)
      const targetColumn = target.columns.find((c) => c.id === relation.targetColumnId)
      if (!sourceColumn || !targetColumn) continue
      // a composite key is named by all its columns; its line joins the first ones
      const pairs = relationPairs(relation)
      const sourceNames = columnList(pairs.map((p) => source.columns.find((c) => c.id === p.sourceColumnId)?.name ?? p.sourceColumnId))
      const targetNames = columnList(pairs.map((p) => target.columns.find((c) => c.id === p.targetColumnId)?.name ?? p.targetColumnId))
      const names = `${source.name}.${sourceNames}→${target.name}.${targetNames}`
      const mark = marks.get(relation.id)
      const [sourceSide, targetSide] = sides(relation, source, target, groupAt)
      const key = `${names}|${sourceSide}${targetSide}|${labelled}|${compact}`
      let cached = this.edgeCache.get(relation.id)
      if (!cached || cached.relation !== relation || cached.mark !== mark || cached.names !== key) {
        cached = {
          relation,
          mark,
          names: key,
          edge: {
            id: relation.id,
            source: relation.sourceTableId,
            target: relation.targetTableId,
            sourceHandle: compact ? `table:${sourceSide}` : `${relation.sourceColumnId}:${sourceSide}`,
            targetHandle: compact ? `table:${targetSide}` : `${relation.targetColumnId}:${targetSide}`,
            type: 'smoothstep',
            label: labelled ? String(relation.type) : undefined,
            ariaLabel: `Relation ${source.name}.${sourceNames} to ${target.name}.${targetNames}`,
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: EDGE_COLORS[mark ?? 'none'] },
            class: mark ? `relation-edge has-${mark}` : 'relation-edge',
            // Inline styles, so that the image export (which keeps inline SVG styles) draws lines, not shapes.
            style: { fill: 'none', stroke: EDGE_COLORS[mark ?? 'none'], strokeWidth: mark === 'error' ? 2 : 1.5 },
            labelStyle: { fill: '#1d2433', fontSize: '11px' },
            labelBgStyle: { fill: '#ffffff' },
          },
        }
      }
      seen.set(relation.id, cached)
      edges.push(cached.edge)
    }
    this.edgeCache = seen
    return edges
  }
}

/** `a` for one column, `(a, b)` for the columns of a composite key. */
function columnList(names: string[]): string {
  return names.length === 1 ? names[0]! : `(${names.join(', ')})`
}

/** A table's horizontal centre on the canvas (estimated width). */
function centreX(table: Table, groupAt: Map<string, { x: number; y: number }>): number {
  const origin = table.parentNode ? groupAt.get(table.parentNode)?.x ?? 0 : 0
  return origin + (table.position?.x ?? 0) + estimateTable(table).width / 2
}

/**
 * Which side of each column a relation's line leaves and enters: facing each other, so lines do
 * not run behind the tables (drawn as drawDB does); a self reference loops on the left.
 */
export function sides(relation: Relation, source: Table, target: Table, groupAt: Map<string, { x: number; y: number }>): ['l' | 'r', 'l' | 'r'] {
  if (source.id === target.id) return ['l', 'l']
  return centreX(source, groupAt) <= centreX(target, groupAt) ? ['r', 'l'] : ['l', 'r']
}

export { Position }
