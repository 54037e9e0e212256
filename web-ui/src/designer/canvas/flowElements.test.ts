import { describe, expect, it } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import { toDocument } from './document'
import { FlowElements, marksOf, sides } from './flowElements'
import { updateColumn } from './operations'
import { keyAction } from './useEditorKeys'

const blog = toDocument(structuredClone(blogJson))

describe('nodes and edges', () => {
  it('groups come before their tables, with accessible names, and group children are relative', () => {
    const nodes = new FlowElements().nodes(blog, new Map())
    expect(nodes.map((n) => n.id)).toEqual(['g-auth', 't-users', 't-posts', 't-tags', 't-post-tags', 't-comments', 'n-1'])
    expect(nodes[1]).toMatchObject({ type: 'table', ariaLabel: 'Table users', parentNode: 'g-auth' })
    expect(nodes.at(-1)).toMatchObject({ type: 'note', ariaLabel: 'Note Publishing' })
  })

  it('an unchanged table keeps its node object; an edited one gets a new one', () => {
    const elements = new FlowElements()
    const first = elements.nodes(blog, new Map())
    const edited = updateColumn(blog, 't-posts', 'c-title-967757', { length: 120 })
    const second = elements.nodes(edited, new Map())
    expect(second[1]).toBe(first[1])
    expect(second[2]).not.toBe(first[2])
    const marked = elements.nodes(edited, marksOf([{ target: { kind: 'table', tableId: 't-users', columnId: 'c-id-1b906c' }, severity: 'error' }]).tables)
    expect(marked[1]).not.toBe(second[1])
    expect(marked[1]!.data.marks.columns['c-id-1b906c']).toBe('error')
  })

  it('zoomed far out (compact tables), edges join the tables\' side handles, and back again', () => {
    const elements = new FlowElements()
    const compact = elements.edges(blog, new Map(), true)
    expect(compact[0]).toMatchObject({ sourceHandle: 'table:l', targetHandle: 'table:r', ariaLabel: 'Relation posts.author_id to users.id' })
    const full = elements.edges(blog, new Map(), false)
    expect(full[0]).toMatchObject({ sourceHandle: 'c-author_id-5e016d:l', targetHandle: 'c-id-1b906c:r' })
  })

  it('edges join column handles and are named by their columns', () => {
    const edges = new FlowElements().edges(blog, new Map([['r-posts-author', 'error' as const]]))
    expect(edges).toHaveLength(5)
    expect(edges[0]).toMatchObject({
      source: 't-posts',
      target: 't-users',
      sourceHandle: 'c-author_id-5e016d:l',
      targetHandle: 'c-id-1b906c:r',
      label: '1:N',
      ariaLabel: 'Relation posts.author_id to users.id',
      class: 'relation-edge has-error',
    })
  })

  it('a composite key is named by all its columns and follows their renames; its line joins the first ones', () => {
    const doc = {
      ...blog,
      relations: [
        {
          id: 'r-c',
          sourceTableId: 't-comments',
          sourceColumnId: 'c-post_id-8250f3',
          targetTableId: 't-post-tags',
          targetColumnId: 'c-post_id-bc0fde',
          additionalColumns: [{ sourceColumnId: 'c-author_id-114efd', targetColumnId: 'c-tag_id-344dc7' }],
          type: '1:N',
        },
      ],
    }
    const elements = new FlowElements()
    const [edge] = elements.edges(doc, new Map())
    expect(edge).toMatchObject({ sourceHandle: 'c-post_id-8250f3:r', ariaLabel: 'Relation comments.(post_id, author_id) to post_tags.(post_id, tag_id)' })
    const renamed = updateColumn(doc, 't-post-tags', 'c-tag_id-344dc7', { name: 'label_id' })
    expect(elements.edges(renamed, new Map())[0]!.ariaLabel).toBe('Relation comments.(post_id, author_id) to post_tags.(post_id, label_id)')
  })

  it('lines leave and enter on the sides facing each other; a self reference loops on the left', () => {
    const tags = blog.tables.find((t) => t.id === 't-tags')!
    const postTags = blog.tables.find((t) => t.id === 't-post-tags')!
    const groups = new Map([['g-auth', { x: 0, y: 0 }]])
    expect(sides(blog.relations[2]!, postTags, tags, groups)).toEqual(['r', 'l'])
    expect(sides(blog.relations[0]!, blog.tables[1]!, blog.tables[0]!, groups)).toEqual(['l', 'r'])
    expect(sides(blog.relations[0]!, tags, tags, groups)).toEqual(['l', 'l'])
  })

  it('a relation to a missing column draws no edge (the problems panel names it)', () => {
    const broken = { ...blog, relations: [{ ...blog.relations[0]!, targetColumnId: 'gone' }] }
    expect(new FlowElements().edges(broken, new Map())).toEqual([])
  })
})

describe('keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods })
  it('undo and redo work everywhere, other shortcuts not inside fields', () => {
    expect(keyAction(key('z', { ctrlKey: true }), true)).toBe('undo')
    expect(keyAction(key('Z', { metaKey: true, shiftKey: true }), false)).toBe('redo')
    expect(keyAction(key('y', { ctrlKey: true }), false)).toBe('redo')
    expect(keyAction(key('Delete'), false)).toBe('deleteSelection')
    expect(keyAction(key('Backspace'), true)).toBeNull()
    expect(keyAction(key('c', { ctrlKey: true }), false)).toBe('copy')
    expect(keyAction(key('c', { ctrlKey: true }), true)).toBeNull()
    expect(keyAction(key('v', { ctrlKey: true }), false)).toBe('paste')
    expect(keyAction(key('x'), false)).toBeNull()
  })
})

describe('image bounds', () => {
  it('surround every node by its position on the canvas and its measured size', async () => {
    const { diagramBounds } = await import('./diagramImage')
    const node = (x: number, y: number, width: number, height: number) => ({ computedPosition: { x, y, z: 0 }, dimensions: { width, height } })
    expect(diagramBounds([node(40, 40, 220, 100), node(-10, 300, 200, 150), node(500, 0, 0, 0)])).toEqual({ x: -10, y: 0, width: 750, height: 450 })
    expect(diagramBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 })
  })
})
