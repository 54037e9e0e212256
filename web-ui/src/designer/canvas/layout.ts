/**
 * Auto-layout with elkjs: tables in layers along their relations (a referenced table left of the
 * tables that reference it), groups as boxes around their tables, notes placed beside; nothing
 * overlaps. Pure apart from the asynchronous ELK call: the document comes back with new positions.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import type { Note, SchemaDocument, Table } from './document'
import { typeLabel } from './columnTypes'

export interface Box {
  width: number
  height: number
}

/** Node sizes the canvas measured, by id; estimated where missing. */
export type Measure = (id: string) => Box | undefined

export const TABLE_HEADER = 38
export const COLUMN_ROW = 26
/** The widest estimate of a table (one with very long names is drawn wider; rare). */
export const MAX_TABLE_WIDTH = 480

/** A table's size as the canvas draws it, estimated from its name and columns. */
export function estimateTable(table: Table): Box {
  let longest = table.name.length + 4
  for (const column of table.columns) longest = Math.max(longest, column.name.length + typeLabel(column).length + 6)
  return { width: Math.max(220, Math.min(MAX_TABLE_WIDTH, longest * 7.5 + 40)), height: TABLE_HEADER + COLUMN_ROW * Math.max(1, table.columns.length) + 8 }
}

function px(value: string | undefined, fallback: number): number {
  const number = value === undefined ? NaN : Number.parseFloat(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

function noteBox(note: Note): Box {
  return { width: px(note.style?.width, 200), height: px(note.style?.height, 150) }
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> }

let elkInstance: Promise<Elk> | null = null

/** ELK itself (1.5 MB), loaded the first time a layout is asked for. */
function elk(): Promise<Elk> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((module) => new module.default() as unknown as Elk)
  return elkInstance
}

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '50',
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.componentComponent': '80',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeRouting': 'ORTHOGONAL',
}

/** Builds ELK's graph for a document (exported for tests). */
export function elkGraph(doc: SchemaDocument, measure: Measure = () => undefined): ElkNode {
  const groups = new Map((doc.groups ?? []).map((group) => [group.id, { group, children: [] as ElkNode[] }]))
  const root: ElkNode[] = []
  for (const table of doc.tables) {
    const size = measure(table.id) ?? estimateTable(table)
    const node: ElkNode = { id: table.id, width: size.width, height: size.height }
    const parent = table.parentNode ? groups.get(table.parentNode) : undefined
    ;(parent ? parent.children : root).push(node)
  }
  for (const { group, children } of groups.values()) {
    if (children.length > 0) {
      root.push({ id: group.id, children, layoutOptions: { ...LAYERED, 'elk.padding': '[top=44,left=24,bottom=24,right=24]' } })
    } else {
      root.push({ id: group.id, width: px(group.style?.width, 400), height: px(group.style?.height, 300) })
    }
  }
  for (const note of doc.notes ?? []) {
    const size = measure(note.id) ?? noteBox(note)
    root.push({ id: note.id, width: size.width, height: size.height })
  }
  const tableIds = new Set(doc.tables.map((t) => t.id))
  const edges: ElkExtendedEdge[] = []
  for (const relation of doc.relations) {
    if (relation.sourceTableId === relation.targetTableId) continue
    if (!tableIds.has(relation.sourceTableId) || !tableIds.has(relation.targetTableId)) continue
    edges.push({ id: relation.id, sources: [relation.targetTableId], targets: [relation.sourceTableId] })
  }
  return {
    id: 'root',
    layoutOptions: { ...LAYERED, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.padding': '[top=40,left=40,bottom=40,right=40]' },
    children: root,
    edges,
  }
}

/**
 * Lays the whole document out: every table, group and note gets a new position (tables inside a
 * group relative to it, as the canvas reads them) and each group the size around its tables.
 */
export async function layoutDocument(doc: SchemaDocument, measure?: Measure): Promise<SchemaDocument> {
  const result = await (await elk()).layout(elkGraph(doc, measure))
  return applyLayout(doc, result)
}

/** Copies ELK's positions (and group sizes) into the document. */
export function applyLayout(doc: SchemaDocument, result: ElkNode): SchemaDocument {
  const placed = new Map<string, ElkNode>()
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placed.set(child.id, child)
      visit(child)
    }
  }
  visit(result)
  const at = <T extends { id: string; position?: { x: number; y: number } }>(element: T): T => {
    const node = placed.get(element.id)
    if (!node) return element
    return { ...element, position: { ...(element.position ?? {}), x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) } }
  }
  const next: SchemaDocument = { ...doc, tables: doc.tables.map(at) }
  if (doc.groups) {
    next.groups = doc.groups.map((group) => {
      const node = placed.get(group.id)
      const moved = at(group)
      if (!node?.children?.length) return moved
      return { ...moved, style: { ...(group.style ?? {}), width: `${Math.round(node.width ?? 400)}px`, height: `${Math.round(node.height ?? 300)}px` } }
    })
  }
  if (doc.notes) next.notes = doc.notes.map(at)
  return next
}

/** Whether any table lacks a position (imported or introspected documents): such a document wants a layout. */
export function needsLayout(doc: SchemaDocument): boolean {
  return doc.tables.length > 0 && doc.tables.some((table) => !table.position)
}

/** The rectangles of every top-level element in canvas coordinates (for overlap checks). */
export function absoluteBoxes(doc: SchemaDocument, measure: Measure = () => undefined): { id: string; x: number; y: number; width: number; height: number; parent?: string }[] {
  const groupAt = new Map((doc.groups ?? []).map((g) => [g.id, g.position ?? { x: 0, y: 0 }]))
  const boxes = doc.tables.map((table) => {
    const origin = table.parentNode ? groupAt.get(table.parentNode) ?? { x: 0, y: 0 } : { x: 0, y: 0 }
    const size = measure(table.id) ?? estimateTable(table)
    const box: { id: string; x: number; y: number; width: number; height: number; parent?: string } = {
      id: table.id,
      x: origin.x + (table.position?.x ?? 0),
      y: origin.y + (table.position?.y ?? 0),
      ...size,
    }
    if (table.parentNode) box.parent = table.parentNode
    return box
  })
  for (const note of doc.notes ?? []) boxes.push({ id: note.id, x: note.position?.x ?? 0, y: note.position?.y ?? 0, ...noteBox(note) })
  return boxes
}

/**
 * A free place for a new element of `size` near `near` (canvas coordinates): the first spot on
 * rings of growing distance where nothing overlaps, with a margin.
 */
export function freePosition(doc: SchemaDocument, near: { x: number; y: number }, size: Box = { width: 240, height: 120 }, measure?: Measure): { x: number; y: number } {
  const margin = 30
  const boxes = absoluteBoxes(doc, measure)
  for (const group of doc.groups ?? []) {
    boxes.push({ id: group.id, x: group.position?.x ?? 0, y: group.position?.y ?? 0, width: px(group.style?.width, 400), height: px(group.style?.height, 300) })
  }
  const free = (x: number, y: number) =>
    boxes.every((b) => x + size.width + margin <= b.x || b.x + b.width + margin <= x || y + size.height + margin <= b.y || b.y + b.height + margin <= y)
  const step = 60
  for (let ring = 0; ring < 60; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue
        const x = Math.round(near.x + dx * step)
        const y = Math.round(near.y + dy * step)
        if (free(x, y)) return { x, y }
      }
    }
  }
  return { x: Math.round(near.x), y: Math.round(near.y) }
}
