/**
 * The minimap's arithmetic, pure: the document's elements as rectangles in canvas coordinates,
 * and the mapping between canvas coordinates and the minimap's pixels (everything and the part in
 * view fit in it, centred).
 */
import type { SchemaDocument } from './document'
import { estimateTable } from './layout'

export interface MinimapBox {
  x: number
  y: number
  width: number
  height: number
  color: string
}

function px(value: string | undefined, fallback: number): number {
  const number = value === undefined ? NaN : Number.parseFloat(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/** Groups first (drawn under), then tables and notes; children of a group are placed in it. */
export function minimapBoxes(doc: SchemaDocument): MinimapBox[] {
  const boxes: MinimapBox[] = []
  const groupAt = new Map<string, { x: number; y: number }>()
  for (const group of doc.groups ?? []) {
    const at = { x: group.position?.x ?? 0, y: group.position?.y ?? 0 }
    groupAt.set(group.id, at)
    boxes.push({ ...at, width: px(group.style?.width, 400), height: px(group.style?.height, 300), color: '#e5e7eb' })
  }
  for (const table of doc.tables) {
    const origin = (table.parentNode && groupAt.get(table.parentNode)) || { x: 0, y: 0 }
    const size = estimateTable(table)
    boxes.push({ x: origin.x + (table.position?.x ?? 0), y: origin.y + (table.position?.y ?? 0), ...size, color: table.color ?? '#3b82f6' })
  }
  for (const note of doc.notes ?? []) {
    const origin = (note.parentNode && groupAt.get(note.parentNode)) || { x: 0, y: 0 }
    boxes.push({
      x: origin.x + (note.position?.x ?? 0),
      y: origin.y + (note.position?.y ?? 0),
      width: px(note.style?.width, 200),
      height: px(note.style?.height, 150),
      color: note.color ?? '#fde68a',
    })
  }
  return boxes
}

export interface MinimapFrame {
  scale: number
  toX(x: number): number
  toY(y: number): number
  fromX(x: number): number
  fromY(y: number): number
  /** The part of the canvas in view, in minimap pixels. */
  view: { x: number; y: number; width: number; height: number }
}

/**
 * How canvas coordinates map onto a minimap of `size` pixels, for the Vue Flow `viewport`
 * (translation and zoom) of a pane of `pane` pixels.
 */
export function minimapFrame(
  boxes: readonly MinimapBox[],
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
  size: { width: number; height: number },
): MinimapFrame {
  const zoom = viewport.zoom || 1
  const seen = { x: -viewport.x / zoom, y: -viewport.y / zoom, width: (pane.width || 1) / zoom, height: (pane.height || 1) / zoom }
  let minX = seen.x
  let minY = seen.y
  let maxX = seen.x + seen.width
  let maxY = seen.y + seen.height
  for (const box of boxes) {
    minX = Math.min(minX, box.x)
    minY = Math.min(minY, box.y)
    maxX = Math.max(maxX, box.x + box.width)
    maxY = Math.max(maxY, box.y + box.height)
  }
  const margin = 4
  const scale = Math.min((size.width - 2 * margin) / Math.max(1, maxX - minX), (size.height - 2 * margin) / Math.max(1, maxY - minY))
  const offsetX = (size.width - (maxX - minX) * scale) / 2
  const offsetY = (size.height - (maxY - minY) * scale) / 2
  const toX = (x: number) => (x - minX) * scale + offsetX
  const toY = (y: number) => (y - minY) * scale + offsetY
  return {
    scale,
    toX,
    toY,
    fromX: (x: number) => (x - offsetX) / scale + minX,
    fromY: (y: number) => (y - offsetY) / scale + minY,
    view: { x: toX(seen.x), y: toY(seen.y), width: seen.width * scale, height: seen.height * scale },
  }
}
