import { describe, expect, it } from 'vitest'
import { minimapBoxes, minimapFrame } from './minimap'
import type { SchemaDocument } from './document'

const doc: SchemaDocument = {
  tables: [
    { id: 'a', name: 'a', position: { x: 0, y: 0 }, columns: [] },
    { id: 'b', name: 'b', position: { x: 20, y: 30 }, parentNode: 'g', columns: [] },
  ],
  relations: [],
  groups: [{ id: 'g', name: 'g', position: { x: 1000, y: 500 }, style: { width: '600px', height: '400px' } }],
  notes: [],
}

describe('minimap', () => {
  it('places a group member inside its group, groups first', () => {
    const boxes = minimapBoxes(doc)
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [1000, 500],
      [0, 0],
      [1020, 530],
    ])
    expect(boxes[0]!.width).toBe(600)
  })

  it('fits everything and the view, and maps both ways', () => {
    const boxes = minimapBoxes(doc)
    const frame = minimapFrame(boxes, { x: 0, y: 0, zoom: 1 }, { width: 800, height: 600 }, { width: 200, height: 140 })
    for (const box of boxes) {
      expect(frame.toX(box.x)).toBeGreaterThanOrEqual(0)
      expect(frame.toX(box.x + box.width)).toBeLessThanOrEqual(200.001)
      expect(frame.toY(box.y + box.height)).toBeLessThanOrEqual(140.001)
    }
    expect(frame.fromX(frame.toX(123))).toBeCloseTo(123)
    expect(frame.fromY(frame.toY(456))).toBeCloseTo(456)
    expect(frame.view.x).toBeCloseTo(frame.toX(0))
    expect(frame.view.width).toBeCloseTo(800 * frame.scale)
  })

  it('shows the view even where there is nothing', () => {
    const frame = minimapFrame([], { x: -5000, y: 0, zoom: 0.5 }, { width: 800, height: 600 }, { width: 200, height: 140 })
    expect(frame.view.width).toBeGreaterThan(0)
    expect(frame.fromX(frame.view.x)).toBeCloseTo(10000)
  })
})
