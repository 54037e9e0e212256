import { describe, expect, it } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import { toDocument } from './document'
import { pathSteps, placeOf, sortProblems, targetOf } from './problems'

const blog = toDocument(structuredClone(blogJson))

describe('problem paths', () => {
  it('splits paths and drops the save and envelope prefixes', () => {
    expect(pathSteps('data.tables[2].columns[0].name')).toEqual([{ name: 'tables', index: 2 }, { name: 'columns', index: 0 }, { name: 'name' }])
    expect(pathSteps('project.relations[1]')).toEqual([{ name: 'relations', index: 1 }])
    expect(pathSteps('')).toEqual([])
  })

  it('resolves tables, columns, relations, groups and notes to ids', () => {
    expect(targetOf(blog, 'tables[1].columns[1].type')).toEqual({ kind: 'table', tableId: 't-posts', columnId: 'c-author_id-5e016d' })
    expect(targetOf(blog, 'data.tables[0]')).toEqual({ kind: 'table', tableId: 't-users' })
    expect(targetOf(blog, 'relations[0].targetColumnId')).toEqual({ kind: 'relation', relationId: 'r-posts-author' })
    expect(targetOf(blog, 'groups[0].name')).toEqual({ kind: 'group', groupId: 'g-auth' })
    expect(targetOf(blog, 'notes[0]')).toEqual({ kind: 'note', noteId: 'n-1' })
  })

  it('an index past the end, or garbage, points at the document', () => {
    expect(targetOf(blog, 'tables[99].columns[0]')).toEqual({ kind: 'document' })
    expect(targetOf(blog, 'relations[7]')).toEqual({ kind: 'document' })
    expect(targetOf(blog, '$$$')).toEqual({ kind: 'document' })
    expect(targetOf(blog, 'tables')).toEqual({ kind: 'document' })
  })

  it('names places for people', () => {
    expect(placeOf(blog, 'tables[1].columns[1].type')).toBe('posts.author_id')
    expect(placeOf(blog, 'relations[0]')).toBe('relation posts → users')
  })

  it('sorts errors before warnings, stable otherwise', () => {
    const sorted = sortProblems([
      { path: 'a', severity: 'warning', message: '1' },
      { path: 'b', severity: 'error', message: '2' },
      { path: 'c', severity: 'WARNING', message: '3' },
      { path: 'd', message: '4' },
    ])
    expect(sorted.map((p) => p.message)).toEqual(['2', '4', '1', '3'])
  })
})
