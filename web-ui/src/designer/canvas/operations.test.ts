import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import { emptyDocument, toDocument, type SchemaDocument } from './document'
import {
  addColumn,
  addGroup,
  addIndex,
  addNote,
  addRelation,
  addTable,
  copyElements,
  deleteColumn,
  deleteElements,
  deleteEnum,
  addEnum,
  moveColumn,
  moveElements,
  pasteElements,
  setIdMaker,
  setTableGroup,
  uniqueName,
  updateColumn,
  updateRelation,
  updateTable,
  type IdMaker,
} from './operations'

const blog = (): SchemaDocument => toDocument(structuredClone(blogJson))
let previous: IdMaker
beforeEach(() => {
  let n = 0
  previous = setIdMaker((prefix) => `${prefix}-${++n}`)
})
afterEach(() => setIdMaker(previous))

describe('tables', () => {
  it('adds a table with an auto-increment key and a unique name, leaving the input alone', () => {
    const doc = blog()
    const before = JSON.stringify(doc)
    const { doc: next, tableId } = addTable(doc, { name: 'users', position: { x: 10, y: 20 } })
    expect(JSON.stringify(doc)).toBe(before)
    const table = next.tables.find((t) => t.id === tableId)!
    expect(table.name).toBe('users_2')
    expect(table.position).toEqual({ x: 10, y: 20 })
    expect(table.columns).toEqual([{ id: 'c-2', name: 'id', type: 'SERIAL', primaryKey: true, nullable: false, unique: true }])
    expect(next.tables.slice(0, doc.tables.length).every((t, i) => t === doc.tables[i])).toBe(true)
  })

  it('renames and recolours and keeps members it does not know', () => {
    const doc = blog()
    doc.tables[0]!.futureMember = { kept: true }
    const next = updateTable(doc, 't-users', { name: 'accounts', color: '#ef4444' })
    expect(next.tables[0]).toMatchObject({ name: 'accounts', color: '#ef4444', futureMember: { kept: true } })
    expect(next.tables[1]).toBe(doc.tables[1])
  })

  it('deleting a table deletes the relations that touch it, and nothing else', () => {
    const next = deleteElements(blog(), { tables: ['t-users'] })
    expect(next.tables.map((t) => t.name)).toEqual(['posts', 'tags', 'post_tags', 'comments'])
    expect(next.relations.map((r) => r.id)).toEqual(['r-pt-post', 'r-pt-tag', 'r-comments-post'])
  })

  it('deleting a group keeps its tables where they are on the canvas', () => {
    let doc = blog()
    doc = moveElements(doc, { 'g-auth': { x: 100, y: 50 } })
    const next = deleteElements(doc, { groups: ['g-auth'] })
    expect(next.groups).toEqual([])
    const users = next.tables.find((t) => t.id === 't-users')!
    expect(users.parentNode).toBeUndefined()
    expect(users.position).toEqual({ x: 140, y: 90 })
  })

  it('moves elements, rounding, and a move to the same place changes nothing', () => {
    const doc = blog()
    expect(moveElements(doc, { 't-posts': { x: 500, y: 40 } })).toBe(doc)
    const next = moveElements(doc, { 't-posts': { x: 10.4, y: 20.6 }, 'n-1': { x: 1, y: 2 } })
    expect(next.tables[1]!.position).toEqual({ x: 10, y: 21 })
    expect(next.notes![0]!.position).toEqual({ x: 1, y: 2 })
  })

  it('moves a table into a group and out again without moving it on the canvas', () => {
    let doc = moveElements(blog(), { 'g-auth': { x: 100, y: 100 } })
    doc = setTableGroup(doc, 't-posts', 'g-auth')
    expect(doc.tables[1]).toMatchObject({ parentNode: 'g-auth', position: { x: 400, y: -60 } })
    doc = setTableGroup(doc, 't-posts', undefined)
    expect(doc.tables[1]!.parentNode).toBeUndefined()
    expect(doc.tables[1]!.position).toEqual({ x: 500, y: 40 })
  })
})

describe('columns', () => {
  it('adds a nullable VARCHAR(255) column with a unique name', () => {
    const { doc, columnId } = addColumn(blog(), 't-users', { name: 'email' })
    const column = doc.tables[0]!.columns.at(-1)!
    expect(column).toEqual({ id: columnId, name: 'email_2', type: 'VARCHAR', length: 255, nullable: true, primaryKey: false, unique: false })
  })

  it('a new type drops parameters it does not take and gets those it needs', () => {
    let doc = blog()
    doc = updateColumn(doc, 't-users', 'c-email-95aa10', { type: 'DECIMAL' })
    expect(doc.tables[0]!.columns[1]).toMatchObject({ type: 'DECIMAL', precision: 10, scale: 2 })
    expect(doc.tables[0]!.columns[1]!.length).toBeUndefined()
    doc = updateColumn(doc, 't-users', 'c-email-95aa10', { type: 'TEXT' })
    expect(doc.tables[0]!.columns[1]!.precision).toBeUndefined()
    doc = updateColumn(doc, 't-users', 'c-email-95aa10', { type: 'VECTOR' })
    expect(doc.tables[0]!.columns[1]!.dimension).toBe(3)
  })

  it('a primary key is NOT NULL; making it nullable takes it out of the key', () => {
    let doc = updateColumn(blog(), 't-users', 'c-display_name-9ced3a', { primaryKey: true })
    expect(doc.tables[0]!.columns[2]).toMatchObject({ primaryKey: true, nullable: false })
    doc = updateColumn(doc, 't-users', 'c-display_name-9ced3a', { nullable: true })
    expect(doc.tables[0]!.columns[2]).toMatchObject({ primaryKey: false, nullable: true })
  })

  it('clearing a default removes the member', () => {
    const doc = updateColumn(blog(), 't-users', 'c-created_at-a27c85', { default: undefined })
    expect('default' in doc.tables[0]!.columns[3]!).toBe(false)
  })

  it('reorders columns, and a move past either end changes nothing', () => {
    const doc = blog()
    const down = moveColumn(doc, 't-users', 'c-id-1b906c', 1)
    expect(down.tables[0]!.columns.map((c) => c.name)).toEqual(['email', 'id', 'display_name', 'created_at'])
    expect(moveColumn(doc, 't-users', 'c-id-1b906c', -1).tables[0]).toBe(doc.tables[0])
  })

  it('deleting a column deletes its relations and its place in indexes', () => {
    let doc = blog()
    doc = addIndex(doc, 't-posts', ['c-author_id-5e016d', 'c-title-967757']).doc
    doc = addIndex(doc, 't-posts', ['c-author_id-5e016d']).doc
    doc = deleteColumn(doc, 't-posts', 'c-author_id-5e016d')
    expect(doc.relations.map((r) => r.id)).not.toContain('r-posts-author')
    expect(doc.tables[1]!.indexes).toEqual([{ id: 'i-1', columnIds: ['c-title-967757'], unique: false }])
  })

  it('deleting a column of any pair of a composite foreign key deletes the relation', () => {
    const composite = {
      sourceTableId: 't-comments',
      sourceColumnId: 'c-post_id-8250f3',
      targetTableId: 't-post-tags',
      targetColumnId: 'c-post_id-bc0fde',
      additionalColumns: [{ sourceColumnId: 'c-author_id-114efd', targetColumnId: 'c-tag_id-344dc7' }],
      type: '1:N' as const,
    }
    const added = addRelation(blog(), composite)
    expect(deleteColumn(added.doc, 't-comments', 'c-author_id-114efd').relations.map((r) => r.id)).not.toContain(added.relationId)
    expect(deleteColumn(added.doc, 't-post-tags', 'c-tag_id-344dc7').relations.map((r) => r.id)).not.toContain(added.relationId)
    expect(deleteColumn(added.doc, 't-comments', 'c-body-c72444').relations.map((r) => r.id)).toContain(added.relationId)
  })

  it('deleting an enum turns its columns into TEXT', () => {
    let doc = blog()
    const { doc: withEnum, enumId } = addEnum(doc, 'mood', ['happy', 'sad'])
    doc = updateColumn(withEnum, 't-users', 'c-display_name-9ced3a', { type: 'ENUM', enumId })
    expect(doc.tables[0]!.columns[2]).toMatchObject({ type: 'ENUM', enumId })
    doc = deleteEnum(doc, enumId)
    expect(doc.enums).toEqual([])
    expect(doc.tables[0]!.columns[2]!.type).toBe('TEXT')
    expect(doc.tables[0]!.columns[2]!.enumId).toBeUndefined()
  })
})

describe('relations', () => {
  it('adds a self reference and edits its actions', () => {
    let doc = addColumn(blog(), 't-comments', { name: 'parent_id', type: 'BIGINT' }).doc
    const parent = doc.tables[4]!.columns.at(-1)!
    const added = addRelation(doc, {
      sourceTableId: 't-comments',
      sourceColumnId: parent.id,
      targetTableId: 't-comments',
      targetColumnId: 'c-id-126ba4',
      type: '1:N',
      onDelete: 'CASCADE',
    })
    doc = updateRelation(added.doc, added.relationId, { onDelete: 'SET NULL', onUpdate: 'CASCADE', type: '1:1' })
    expect(doc.relations.at(-1)).toMatchObject({ id: added.relationId, type: '1:1', onDelete: 'SET NULL', onUpdate: 'CASCADE', sourceHandlePosition: 'right' })
  })
})

describe('groups, notes, copy and paste', () => {
  it('adds groups and notes with unique names', () => {
    let doc = addGroup(emptyDocument(), { name: 'Billing' }).doc
    doc = addGroup(doc, { name: 'Billing' }).doc
    doc = addNote(doc, { content: 'hello' }).doc
    expect(doc.groups!.map((g) => g.name)).toEqual(['Billing', 'Billing_2'])
    expect(doc.notes![0]).toMatchObject({ name: 'Note', content: 'hello' })
  })

  it('pastes tables with fresh ids, unique names, their relations and indexes following', () => {
    let doc = addIndex(blog(), 't-posts', ['c-title-967757'], true).doc
    const fragment = copyElements(doc, ['t-users', 't-posts'])
    expect(fragment.relations.map((r) => r.id)).toEqual(['r-posts-author'])
    const pasted = pasteElements(doc, fragment)
    doc = pasted.doc
    const [users, posts] = pasted.tableIds.map((id) => doc.tables.find((t) => t.id === id)!)
    expect(users!.name).toBe('users_2')
    expect(users!.parentNode).toBeUndefined()
    expect(users!.position).toEqual({ x: 80, y: 80 })
    expect(posts!.indexes![0]!.columnIds).toEqual([posts!.columns[2]!.id])
    const relation = doc.relations.at(-1)!
    expect(relation).toMatchObject({ sourceTableId: posts!.id, sourceColumnId: posts!.columns[1]!.id, targetTableId: users!.id, targetColumnId: users!.columns[0]!.id })
    const ids = doc.tables.flatMap((t) => [t.id, ...t.columns.map((c) => `${t.id}/${c.id}`)])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('pastes a composite foreign key with every pair pointing at the pasted columns', () => {
    const added = addRelation(blog(), {
      sourceTableId: 't-comments',
      sourceColumnId: 'c-post_id-8250f3',
      targetTableId: 't-post-tags',
      targetColumnId: 'c-post_id-bc0fde',
      additionalColumns: [{ sourceColumnId: 'c-author_id-114efd', targetColumnId: 'c-tag_id-344dc7', note: 'kept' }],
      type: '1:N',
    })
    const pasted = pasteElements(added.doc, copyElements(added.doc, ['t-comments', 't-post-tags']))
    const pastedTables = pasted.tableIds.map((id) => pasted.doc.tables.find((t) => t.id === id)!)
    const comments = pastedTables.find((t) => t.name.startsWith('comments'))
    const postTags = pastedTables.find((t) => t.name.startsWith('post_tags'))
    const relation = pasted.doc.relations.at(-1)!
    expect(relation.sourceTableId).toBe(comments!.id)
    expect(relation.additionalColumns).toEqual([{ sourceColumnId: comments!.columns[2]!.id, targetColumnId: postTags!.columns[1]!.id, note: 'kept' }])
    const ids = pasted.doc.tables.flatMap((t) => [t.id, ...t.columns.map((c) => `${t.id}/${c.id}`)])
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('reading documents', () => {
  it('reads an export envelope and keeps unknown members of a bare document', () => {
    const envelope = toDocument({ version: '1.0', project: { name: 'Blog', engine: 'MySQL', tables: [{ id: 't', name: 'a' }] } })
    expect(envelope).toEqual({ tables: [{ id: 't', name: 'a', columns: [] }], relations: [] })
    expect(toDocument({ tables: [], name: 'kept' }).name).toBe('kept')
  })

  it('refuses what is not a document, naming what is wrong', () => {
    expect(() => toDocument([1])).toThrow(/JSON object/)
    expect(() => toDocument({ tables: 3 })).toThrow(/"tables" must be an array/)
    expect(() => toDocument({ tables: [null] })).toThrow(/tables\[0\]/)
  })

  it('unique names compare case-insensitively', () => {
    expect(uniqueName('Users', ['users', 'USERS_2'])).toBe('Users_3')
  })
})
