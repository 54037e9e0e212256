import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { canonicalJson, indexedDbDrafts } from './drafts'

describe('drafts in IndexedDB', () => {
  it('keep the last draft of each project until removed, across store instances', async () => {
    const drafts = indexedDbDrafts('drafts-test')
    await drafts.write({ projectId: 'p1', baseVersion: 3, name: 'Blog', engine: 'MySQL', json: '{"tables":[]}', changedAt: 1 })
    await drafts.write({ projectId: 'p1', baseVersion: 3, name: 'Blog', engine: 'MySQL', json: '{"tables":[1]}', changedAt: 2 })
    await drafts.write({ projectId: 'p2', baseVersion: 1, name: 'Shop', engine: 'SQLite', json: '{}', changedAt: 3 })

    const reopened = indexedDbDrafts('drafts-test')
    expect((await reopened.read('p1'))?.json).toBe('{"tables":[1]}')
    await reopened.remove('p1')
    expect(await reopened.read('p1')).toBeUndefined()
    expect((await reopened.read('p2'))?.engine).toBe('SQLite')
  })
})

describe('canonical JSON', () => {
  it('ignores key order but not array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }))
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }))
  })
})
