import { describe, expect, it } from 'vitest'
import type { SchemaDocument } from './document'
import { dropIntoGroups, groupAt } from './grouping'

const base: SchemaDocument = {
  tables: [
    { id: 'a', name: 'a', position: { x: 0, y: 0 }, columns: [] },
    { id: 'b', name: 'b', position: { x: 10, y: 20 }, parentNode: 'g', columns: [] },
  ],
  relations: [],
  groups: [
    { id: 'g', name: 'g', position: { x: 1000, y: 1000 }, style: { width: '600px', height: '400px' } },
    { id: 'small', name: 'small', position: { x: 1100, y: 1100 }, style: { width: '300px', height: '200px' } },
  ],
}

describe('dropping tables onto groups', () => {
  it('finds the smallest group around a point', () => {
    expect(groupAt(base, { x: 1050, y: 1050 })).toBe('g')
    expect(groupAt(base, { x: 1200, y: 1200 })).toBe('small')
    expect(groupAt(base, { x: 0, y: 0 })).toBeUndefined()
  })

  it('a table moved into a group becomes a member and keeps its place', () => {
    const moved = { ...base, tables: [{ ...base.tables[0]!, position: { x: 1400, y: 1250 } }, base.tables[1]!] }
    const next = dropIntoGroups(moved, ['a'], () => ({ width: 100, height: 100 }))
    expect(next.tables[0]!.parentNode).toBe('g')
    expect(next.tables[0]!.position).toEqual({ x: 400, y: 250 })
  })

  it('a member moved out of its group leaves it, at the same place on the canvas', () => {
    const moved = { ...base, tables: [base.tables[0]!, { ...base.tables[1]!, position: { x: -900, y: -900 } }] }
    const next = dropIntoGroups(moved, ['b'], () => ({ width: 100, height: 100 }))
    expect(next.tables[1]!.parentNode).toBeUndefined()
    expect(next.tables[1]!.position).toEqual({ x: 100, y: 100 })
  })

  it('a member moved within its group changes nothing else', () => {
    const next = dropIntoGroups(base, ['b'], () => ({ width: 100, height: 100 }))
    expect(next).toBe(base)
  })

  it('a member moved into a smaller group inside its group switches to it', () => {
    const moved = { ...base, tables: [base.tables[0]!, { ...base.tables[1]!, position: { x: 150, y: 150 } }] }
    const next = dropIntoGroups(moved, ['b'], () => ({ width: 100, height: 100 }))
    expect(next.tables[1]!.parentNode).toBe('small')
    expect(next.tables[1]!.position).toEqual({ x: 50, y: 50 })
  })
})
