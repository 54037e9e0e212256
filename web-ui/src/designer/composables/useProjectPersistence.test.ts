import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/http'
import { memoryDrafts } from './drafts'
import { FakeProjectServer } from './fakeServer'
import { useProjectPersistence } from './useProjectPersistence'

const doc = (...tables: string[]) => ({ tables: tables.map((name) => ({ id: `t-${name}`, name, columns: [] })) })

let server: FakeProjectServer
let drafts: ReturnType<typeof memoryDrafts>
let events: EventTarget

function persistence() {
  return useProjectPersistence({ projects: server, drafts, events, debounceMs: 1000, retryMs: 5000, now: () => 42 })
}

/** Lets pending promises and timers up to {@code ms} run. */
async function wait(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
}

beforeEach(() => {
  vi.useFakeTimers()
  server = new FakeProjectServer()
  drafts = memoryDrafts()
  events = new EventTarget()
})
afterEach(() => vi.useRealTimers())

describe('opening a project', () => {
  it('shows the stored document as saved when the browser keeps no draft', async () => {
    const project = server.add('Blog', doc('users'))
    const p = persistence()
    await p.open(project.id)
    expect(p.status.value).toBe('saved')
    expect(p.document.value).toEqual(doc('users'))
    expect(p.version.value).toBe(1)
  })

  it('takes a draft edited from the current version and saves it', async () => {
    const project = server.add('Blog', doc('users'))
    await drafts.write({ projectId: project.id, baseVersion: 1, name: 'Blog', engine: 'PostgreSQL', json: JSON.stringify(doc('users', 'posts')), changedAt: 1 })
    const p = persistence()
    await p.open(project.id)
    expect(p.document.value).toEqual(doc('users', 'posts'))
    await wait(0)
    expect(server.projects.get(project.id)?.data).toEqual(doc('users', 'posts'))
    expect(p.status.value).toBe('saved')
    expect(drafts.all.size).toBe(0)
  })

  it('drops a draft equal to the stored document, whatever its key order', async () => {
    const project = server.add('Blog', { tables: [], relations: [] })
    await drafts.write({ projectId: project.id, baseVersion: 1, name: 'Blog', engine: 'PostgreSQL', json: '{"relations":[],"tables":[]}', changedAt: 1 })
    const p = persistence()
    await p.open(project.id)
    expect(p.status.value).toBe('saved')
    expect(drafts.all.size).toBe(0)
    expect(server.puts).toHaveLength(0)
  })

  it('turns a draft edited from an older version into a conflict, not an overwrite', async () => {
    const project = server.add('Blog', doc('users'))
    await drafts.write({ projectId: project.id, baseVersion: 1, name: 'Blog', engine: 'PostgreSQL', json: JSON.stringify(doc('mine')), changedAt: 1 })
    server.changeElsewhere(project.id, doc('theirs'))
    const p = persistence()
    await p.open(project.id)
    await wait(5000)
    expect(p.status.value).toBe('conflict')
    expect(p.conflict.value?.theirs?.project.data).toEqual(doc('theirs'))
    expect(p.document.value).toEqual(doc('mine'))
    expect(server.puts).toHaveLength(0)
  })

  it('shows the draft while the server cannot be reached, and saves it once it can', async () => {
    const project = server.add('Blog', doc('users'))
    await drafts.write({ projectId: project.id, baseVersion: 1, name: 'Blog', engine: 'PostgreSQL', json: JSON.stringify(doc('offline')), changedAt: 1 })
    server.reachable = false
    const p = persistence()
    await p.open(project.id)
    expect(p.status.value).toBe('offline')
    expect(p.project.value?.name).toBe('Blog')
    expect(p.document.value).toEqual(doc('offline'))
    server.reachable = true
    await wait(5000)
    expect(p.status.value).toBe('saved')
    expect(server.projects.get(project.id)?.data).toEqual(doc('offline'))
  })

  it('reports a project the server does not know', async () => {
    const p = persistence()
    await expect(p.open('missing')).rejects.toThrow('No project missing')
    expect(p.status.value).toBe('error')
  })
})

describe('editing and autosave', () => {
  it('keeps every edit as a draft at once and saves after a pause, with If-Match', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    p.edit(doc('a'))
    await p.flushDrafts()
    expect(p.status.value).toBe('unsaved')
    expect(JSON.parse(drafts.all.get(project.id)!.json)).toEqual(doc('a'))
    await wait(500)
    p.edit(doc('a', 'b'))
    await wait(999)
    expect(server.puts).toHaveLength(0)
    await wait(1)
    expect(server.puts).toEqual([{ id: project.id, data: doc('a', 'b'), expectedVersion: 1 }])
    expect(p.status.value).toBe('saved')
    expect(p.version.value).toBe(2)
    expect(drafts.all.size).toBe(0)
    expect(p.statusText.value).toBe('All changes saved')
  })

  it('saves at once on request and never loses an edit made while a save runs', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    p.edit(doc('a'))
    const first = p.save()
    p.edit(doc('a', 'b'))
    await first
    await wait(0)
    expect(p.status.value).not.toBe('saved')
    await wait(1000)
    expect(server.projects.get(project.id)?.data).toEqual(doc('a', 'b'))
    expect(server.puts.map((put) => put.expectedVersion)).toEqual([1, 2])
    expect(p.status.value).toBe('saved')
    expect(drafts.all.size).toBe(0)
  })

  it('does not call the server when nothing changed', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    await p.save()
    expect(server.puts).toHaveLength(0)
    expect(p.status.value).toBe('saved')
  })

  it('keeps the problems the server lists for a saved document', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    const update = server.update.bind(server)
    server.update = async (...args) => {
      const saved = await update(...args)
      saved.project.problems = [{ path: 'relations[0]', code: 'INCOMPATIBLE_TYPES', severity: 'error', message: 'types differ' }]
      return saved
    }
    p.edit(doc('a'))
    await p.save()
    expect(p.status.value).toBe('saved')
    expect(p.problems.value.map((problem) => problem.code)).toEqual(['INCOMPATIBLE_TYPES'])
  })

  it('shows a refusal with the server message and keeps the draft', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    server.refuseNext = new ApiError(422, 'SCHEMA_INVALID', 'The document is invalid', [
      { path: 'data.tables[0].name', code: 'NAME_EMPTY', message: 'empty' },
    ])
    p.edit(doc(''))
    await p.save()
    expect(p.status.value).toBe('error')
    expect(p.statusText.value).toBe('Not saved: The document is invalid')
    expect(p.problems.value[0]?.path).toBe('data.tables[0].name')
    expect(drafts.all.has(project.id)).toBe(true)
  })
})

describe('an ended session', () => {
  it('says so, keeps the draft and saves again after the next edit', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    server.refuseNext = new ApiError(401, 'UNAUTHORIZED', 'Sign in first')
    p.edit(doc('a'))
    await p.save()
    expect(p.status.value).toBe('error')
    expect(p.signedOut.value).toBe(true)
    expect(p.statusText.value).toContain('sign in again')
    expect(drafts.all.has(project.id)).toBe(true)
    p.edit(doc('a', 'b'))
    await wait(1000)
    expect(p.status.value).toBe('saved')
    expect(p.signedOut.value).toBe(false)
    expect(server.projects.get(project.id)?.data).toEqual(doc('a', 'b'))
  })
})

describe('offline', () => {
  it('keeps the edit in the browser and saves it when the browser is back online', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    server.reachable = false
    p.edit(doc('a'))
    await p.save()
    expect(p.status.value).toBe('offline')
    expect(p.statusText.value).toContain('Offline')
    expect(drafts.all.has(project.id)).toBe(true)
    p.edit(doc('a', 'b'))
    expect(p.status.value).toBe('offline')
    server.reachable = true
    events.dispatchEvent(new Event('online'))
    await wait(0)
    expect(p.status.value).toBe('saved')
    expect(server.projects.get(project.id)?.data).toEqual(doc('a', 'b'))
    expect(drafts.all.size).toBe(0)
  })

  it('retries by itself when no online event comes', async () => {
    const project = server.add('Blog', doc())
    const p = persistence()
    await p.open(project.id)
    server.reachable = false
    p.edit(doc('a'))
    await p.save()
    server.reachable = true
    await wait(5000)
    expect(p.status.value).toBe('saved')
  })
})

describe('conflicts', () => {
  async function conflicted() {
    const project = server.add('Blog', doc('base'))
    const p = persistence()
    await p.open(project.id)
    server.changeElsewhere(project.id, doc('theirs'))
    p.edit(doc('mine'))
    await p.save()
    return { p, id: project.id }
  }

  it('stops at a change made elsewhere and shows both sides', async () => {
    const { p, id } = await conflicted()
    expect(p.status.value).toBe('conflict')
    expect(p.statusText.value.toLowerCase()).toContain('conflict')
    expect(p.conflict.value?.theirs?.version).toBe(2)
    expect(server.projects.get(id)?.data).toEqual(doc('theirs'))
    p.edit(doc('mine', 'more'))
    await wait(10_000)
    expect(server.puts).toHaveLength(1)
    expect(JSON.parse(drafts.all.get(id)!.json)).toEqual(doc('mine', 'more'))
  })

  it('reloads theirs and forgets the draft', async () => {
    const { p, id } = await conflicted()
    await p.reloadTheirs()
    expect(p.status.value).toBe('saved')
    expect(p.document.value).toEqual(doc('theirs'))
    expect(p.version.value).toBe(2)
    expect(p.conflict.value).toBeNull()
    expect(drafts.all.has(id)).toBe(false)
  })

  it('overwrites with mine against their version', async () => {
    const { p, id } = await conflicted()
    await p.overwriteWithMine()
    expect(p.status.value).toBe('saved')
    expect(server.puts.at(-1)?.expectedVersion).toBe(2)
    expect(server.projects.get(id)?.data).toEqual(doc('mine'))
  })

  it('keeps mine as a copy and shows theirs in the original', async () => {
    const { p, id } = await conflicted()
    const copy = await p.keepMineAsCopy()
    expect(copy.name).toBe('Blog (my copy)')
    expect(server.projects.get(copy.id)?.data).toEqual(doc('mine'))
    expect(server.projects.get(id)?.data).toEqual(doc('theirs'))
    expect(p.document.value).toEqual(doc('theirs'))
    expect(p.status.value).toBe('saved')
  })
})
