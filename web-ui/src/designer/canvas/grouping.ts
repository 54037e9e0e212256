/**
 * Dropping tables onto groups: a table whose middle lies inside a group's box after a move becomes
 * a member of that group (the innermost, i.e. smallest, if boxes overlap); a member moved out of
 * every group leaves it. Tables keep their place on the canvas either way (`setTableGroup`).
 */
import type { SchemaDocument } from './document'
import { estimateTable, type Measure } from './layout'
import { setTableGroup } from './operations'

function px(value: string | undefined, fallback: number): number {
  const number = value === undefined ? NaN : Number.parseFloat(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/** The group whose box holds the point, the smallest if several do; undefined if none. */
export function groupAt(doc: SchemaDocument, point: { x: number; y: number }): string | undefined {
  let found: string | undefined
  let area = Infinity
  for (const group of doc.groups ?? []) {
    const x = group.position?.x ?? 0
    const y = group.position?.y ?? 0
    const width = px(group.style?.width, 400)
    const height = px(group.style?.height, 300)
    if (point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height && width * height < area) {
      found = group.id
      area = width * height
    }
  }
  return found
}

/** Makes each of `tableIds` a member of the group it now lies in, or of none. */
export function dropIntoGroups(doc: SchemaDocument, tableIds: readonly string[], measured?: Measure): SchemaDocument {
  let next = doc
  for (const id of tableIds) {
    const table = next.tables.find((t) => t.id === id)
    if (!table) continue
    const parent = table.parentNode ? next.groups?.find((g) => g.id === table.parentNode) : undefined
    const size = measured?.(id) ?? estimateTable(table)
    const middle = {
      x: (parent?.position?.x ?? 0) + (table.position?.x ?? 0) + size.width / 2,
      y: (parent?.position?.y ?? 0) + (table.position?.y ?? 0) + size.height / 2,
    }
    const target = groupAt(next, middle)
    if (target !== (parent ? table.parentNode : undefined)) next = setTableGroup(next, id, target)
  }
  return next
}
