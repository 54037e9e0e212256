import { createStore, del, get, set, type UseStore } from 'idb-keyval'

/**
 * Unsaved work on one project, kept in the browser until the server has it: the document as JSON,
 * the version it was edited from, and the project's name and engine (so it can be shown offline).
 */
export interface Draft {
  projectId: string
  baseVersion: number
  name: string
  engine: string
  json: string
  changedAt: number
}

/** Where drafts live: one per project, replaced by every edit, removed once saved. */
export interface DraftStore {
  read(projectId: string): Promise<Draft | undefined>
  write(draft: Draft): Promise<void>
  remove(projectId: string): Promise<void>
}

/** Drafts in IndexedDB (database {@code dbkeep-designer}, store {@code drafts}): they survive reloads. */
export function indexedDbDrafts(database = 'dbkeep-designer'): DraftStore {
  let store: UseStore | null = null
  const open = () => (store ??= createStore(database, 'drafts'))
  return {
    read: (projectId) => get<Draft>(projectId, open()),
    write: (draft) => set(draft.projectId, draft, open()),
    remove: (projectId) => del(projectId, open()),
  }
}

/** Drafts in memory (tests, and browsers without IndexedDB). */
export function memoryDrafts(): DraftStore & { all: Map<string, Draft> } {
  const all = new Map<string, Draft>()
  return {
    all,
    read: async (projectId) => all.get(projectId),
    write: async (draft) => {
      all.set(draft.projectId, { ...draft })
    },
    remove: async (projectId) => {
      all.delete(projectId)
    },
  }
}

/** JSON with object keys sorted, so two documents that differ only in key order compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(member).sort()) sorted[key] = (member as Record<string, unknown>)[key]
    return sorted
  })
}
