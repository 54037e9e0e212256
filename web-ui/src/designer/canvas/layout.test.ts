import { describe, expect, it } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import { toDocument, type SchemaDocument, type Table } from './document'
import { absoluteBoxes, elkGraph, freePosition, layoutDocument, needsLayout } from './layout'

const blog = (): SchemaDocument => toDocument(structuredClone(blogJson))

function overlaps(doc: SchemaDocument): string[] {
  const boxes = absoluteBoxes(doc)
  const found: string[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id}/${b.id}`)
    }
  }
  return found
}

function chain(count: number): SchemaDocument {
  const tables: Table[] = []
  const relations = []
  for (let i = 0; i < count; i++) {
    tables.push({ id: `t${i}`, name: `table_${i}`, columns: [{ id: 'id', name: 'id', type: 'SERIAL', primaryKey: true }, { id: 'ref', name: 'parent_id', type: 'INTEGER' }] })
    if (i > 0) relations.push({ id: `r${i}`, sourceTableId: `t${i}`, sourceColumnId: 'ref', targetTableId: `t${Math.floor((i - 1) / 3)}`, targetColumnId: 'id', type: '1:N' })
  }
  return { tables, relations }
}

describe('auto-layout', () => {
  it('the sample as drawn overlaps (the group box aside), so the test below can fail', () => {
    const stacked = blog()
    stacked.tables = stacked.tables.map((t) => ({ ...t, position: { x: 0, y: 0 } }))
    expect(overlaps(stacked).length).toBeGreaterThan(0)
  })

  it('lays out the blog sample without overlaps, referenced tables left of referencing ones', async () => {
    const doc = blog()
    doc.tables = doc.tables.map((t) => ({ ...t, position: { x: 0, y: 0 } }))
    const laid = await layoutDocument(doc)
    expect(overlaps(laid)).toEqual([])
    const x = (id: string) => absoluteBoxes(laid).find((b) => b.id === id)!.x
    expect(x('t-users')).toBeLessThan(x('t-posts'))
    expect(x('t-posts')).toBeLessThan(x('t-comments'))
    const group = laid.groups![0]!
    const users = laid.tables.find((t) => t.id === 't-users')!
    expect(users.parentNode).toBe('g-auth')
    expect(users.position!.x).toBeGreaterThanOrEqual(0)
    expect(users.position!.x + 220).toBeLessThanOrEqual(Number.parseFloat(group.style!.width!))
    expect(laid.relations).toBe(doc.relations)
  })

  it('lays out 120 related tables without overlaps', async () => {
    const laid = await layoutDocument(chain(120))
    expect(overlaps(laid)).toEqual([])
    expect(laid.tables.every((t) => t.position !== undefined)).toBe(true)
  })

  it('wants a layout only when a table has no position; ignores self references in the graph', () => {
    const doc = chain(3)
    expect(needsLayout(doc)).toBe(true)
    expect(needsLayout(blog())).toBe(false)
    doc.relations.push({ id: 'self', sourceTableId: 't1', sourceColumnId: 'ref', targetTableId: 't1', targetColumnId: 'id', type: '1:N' })
    expect(elkGraph(doc).edges!.map((e) => e.id)).toEqual(['r1', 'r2'])
  })
})

describe('a place for a new table', () => {
  it('is where asked when free, and next to what is there otherwise', () => {
    const doc = chain(1)
    doc.tables[0]!.position = { x: 0, y: 0 }
    expect(freePosition({ tables: [], relations: [] }, { x: 10, y: 20 })).toEqual({ x: 10, y: 20 })
    const spot = freePosition(doc, { x: 0, y: 0 })
    const withNew = { ...doc, tables: [...doc.tables, { id: 'new', name: 'new', columns: [], position: spot }] }
    expect(overlaps(withNew)).toEqual([])
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(600)
  })
})
