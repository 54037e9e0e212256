import { computed, ref, shallowRef } from 'vue'
import { ApiError, type ErrorDetail } from '../../api/http'
import { problemsOf, type Project, type Versioned } from '../../api/projects'
import { canonicalJson, type Draft, type DraftStore } from './drafts'

/**
 * Where a project's document stands: being read, on the server as shown, edited but not yet
 * saved, being saved, waiting for the network, changed elsewhere meanwhile, or refused.
 */
export type SaveStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'error'

/** The part of the project API this composable uses (a fake in tests). */
export interface ProjectStore {
  get(id: string): Promise<Versioned>
  update(id: string, changes: { data: unknown }, expectedVersion: number | null): Promise<Versioned>
  create(name: string, engine: string, data: unknown): Promise<Project>
}

/** The server's version of a project that changed while this browser edited it. */
export interface Conflict {
  theirs: Versioned | null
}

export interface PersistenceOptions {
  projects: ProjectStore
  drafts: DraftStore
  /** How long after the last edit an autosave starts. */
  debounceMs?: number
  /** How long to wait before retrying a save that could not reach the server. */
  retryMs?: number
  /** Where {@code online} events arrive (the window in a browser). */
  events?: EventTarget | null
  now?: () => number
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  loading: 'Loading',
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving',
  offline: 'Offline: changes kept in this browser',
  conflict: 'Conflict: changed elsewhere',
  error: 'Not saved',
}

/**
 * A project's document and its way to the server: every edit is kept at once as a browser draft
 * and saved after a pause (or at once with {@link save}) with {@code If-Match}, so a change made
 * elsewhere meanwhile becomes a {@link Conflict} to resolve — never a silent overwrite. A save that
 * cannot reach the server is retried when the browser is back online; the draft survives reloads.
 */
export function useProjectPersistence(options: PersistenceOptions) {
  const { projects, drafts } = options
  const debounceMs = options.debounceMs ?? 1200
  const retryMs = options.retryMs ?? 5000
  const now = options.now ?? Date.now
  const events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events

  const project = shallowRef<Project | null>(null)
  const document = shallowRef<unknown>(null)
  const version = ref<number | null>(null)
  const status = ref<SaveStatus>('loading')
  const message = ref<string | null>(null)
  const problems = shallowRef<ErrorDetail[]>([])
  const conflict = shallowRef<Conflict | null>(null)
  /** The last save was refused because the session ended (401): signing in again resumes saving. */
  const signedOut = ref(false)
  const statusText = computed(() =>
    status.value === 'error' && message.value ? `${STATUS_TEXT.error}: ${message.value}` : STATUS_TEXT[status.value],
  )

  let projectId: string | null = null
  /** Counts edits, so a save knows whether the document changed while it ran. */
  let edits = 0
  let savedEdits = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> | null = null
  let again = false
  let draftWrite: Promise<void> = Promise.resolve()
  let disposed = false

  const dirty = () => edits !== savedEdits

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function schedule(delay: number): void {
    clearTimer()
    timer = setTimeout(() => {
      timer = null
      void save()
    }, delay)
  }

  function onOnline(): void {
    if (status.value === 'offline' && dirty()) void save()
  }
  events?.addEventListener('online', onOnline)

  function keepDraft(): Promise<void> {
    const id = projectId
    const meta = project.value
    if (id === null || meta === null || version.value === null) return draftWrite
    const draft: Draft = {
      projectId: id,
      baseVersion: version.value,
      name: meta.name,
      engine: meta.engine,
      json: JSON.stringify(document.value),
      changedAt: now(),
    }
    // Writes run one after the other, so the last edit is the one kept.
    draftWrite = draftWrite.then(() => drafts.write(draft)).catch((failure: unknown) => {
      message.value = `Changes could not be kept in this browser: ${String(failure)}`
    })
    return draftWrite
  }

  function dropDraft(): Promise<void> {
    const id = projectId
    if (id === null) return draftWrite
    draftWrite = draftWrite.then(() => drafts.remove(id)).catch(() => undefined)
    return draftWrite
  }

  function accept(saved: Versioned, data: unknown): void {
    project.value = saved.project
    version.value = saved.version
    document.value = data
    problems.value = problemsOf(saved.project)
  }

  /** Reads the project, and a draft left by an earlier visit: unsaved work is never dropped. */
  async function open(id: string): Promise<void> {
    clearTimer()
    projectId = id
    edits = 0
    savedEdits = 0
    conflict.value = null
    message.value = null
    status.value = 'loading'
    const [server, draft] = await Promise.all([
      projects.get(id).then(
        (value) => ({ value, failure: null }),
        (failure: unknown) => ({ value: null, failure }),
      ),
      drafts.read(id).catch(() => undefined),
    ])
    if (projectId !== id || disposed) return
    if (server.value === null) {
      const failure = server.failure
      if (draft && failure instanceof ApiError && failure.status === 0) {
        project.value = draftProject(draft)
        version.value = draft.baseVersion
        document.value = JSON.parse(draft.json)
        edits = 1
        status.value = 'offline'
        schedule(retryMs)
        return
      }
      status.value = 'error'
      message.value = failure instanceof Error ? failure.message : String(failure)
      throw failure
    }
    const theirs = server.value
    accept(theirs, theirs.project.data ?? null)
    if (!draft || draft.json === JSON.stringify(theirs.project.data) || canonicalJson(JSON.parse(draft.json)) === canonicalJson(theirs.project.data)) {
      if (draft) await dropDraft()
      status.value = 'saved'
      return
    }
    document.value = JSON.parse(draft.json)
    edits = 1
    if (draft.baseVersion === theirs.version) {
      status.value = 'unsaved'
      schedule(0)
    } else {
      conflict.value = { theirs }
      status.value = 'conflict'
    }
  }

  /** Takes an edited document: kept as a draft at once, saved after a pause. */
  function edit(next: unknown): void {
    document.value = next
    edits++
    void keepDraft()
    if (status.value === 'conflict') return
    if (status.value !== 'offline') status.value = saving ? 'saving' : 'unsaved'
    schedule(debounceMs)
  }

  /** Saves now (Ctrl+S, the Save button); resolves when the document is saved or refused. */
  async function save(): Promise<void> {
    clearTimer()
    if (projectId === null || status.value === 'conflict' || status.value === 'loading') return
    if (saving) {
      again = true
      return saving
    }
    if (!dirty()) {
      if (status.value !== 'saved') status.value = 'saved'
      return
    }
    saving = run().finally(() => {
      saving = null
    })
    await saving
    if (again) {
      again = false
      const now = status.value as SaveStatus
      if (dirty() && now !== 'conflict' && now !== 'offline') await save()
    }
  }

  async function run(): Promise<void> {
    const id = projectId as string
    const at = edits
    const data = document.value
    status.value = 'saving'
    try {
      const saved = await projects.update(id, { data }, version.value)
      if (projectId !== id) return
      project.value = { ...saved.project, data: saved.project.data ?? data }
      version.value = saved.version
      problems.value = problemsOf(saved.project)
      message.value = null
      signedOut.value = false
      savedEdits = at
      if (dirty()) {
        status.value = 'unsaved'
        void keepDraft()
        schedule(debounceMs)
      } else {
        status.value = 'saved'
        await dropDraft()
      }
    } catch (failure) {
      if (projectId !== id) return
      if (!(failure instanceof ApiError)) {
        status.value = 'error'
        message.value = String(failure)
        return
      }
      if (failure.status === 412) {
        await enterConflict(id)
      } else if (failure.status === 0) {
        status.value = 'offline'
        schedule(retryMs)
      } else if (failure.status === 401) {
        status.value = 'error'
        signedOut.value = true
        message.value = 'You are signed out; sign in again to save. Your changes are kept in this browser.'
      } else {
        status.value = 'error'
        message.value = failure.message
        if (failure.details.length > 0) problems.value = failure.details
      }
    }
  }

  async function enterConflict(id: string): Promise<void> {
    clearTimer()
    status.value = 'conflict'
    let theirs: Versioned | null = null
    try {
      theirs = await projects.get(id)
    } catch {
      theirs = null
    }
    if (projectId === id) conflict.value = { theirs }
  }

  /** Conflict: drop this browser's changes and show the server's version. */
  async function reloadTheirs(): Promise<void> {
    const id = projectId
    if (id === null) return
    const theirs = conflict.value?.theirs ?? (await projects.get(id))
    clearTimer()
    accept(theirs, theirs.project.data ?? null)
    savedEdits = edits
    conflict.value = null
    message.value = null
    status.value = 'saved'
    await dropDraft()
  }

  /** Conflict: save this browser's document over the server's newer version. */
  async function overwriteWithMine(): Promise<void> {
    const id = projectId
    if (id === null) return
    const theirs = conflict.value?.theirs ?? (await projects.get(id))
    version.value = theirs.version
    conflict.value = null
    status.value = 'unsaved'
    await save()
  }

  /** Conflict: store this browser's document as a new project, and show the server's version here. */
  async function keepMineAsCopy(): Promise<Project> {
    const meta = project.value
    if (meta === null) throw new Error('No project is open')
    const copy = await projects.create(`${meta.name} (my copy)`, meta.engine, document.value)
    await reloadTheirs()
    return copy
  }

  /** Stops timers and listeners; a pending draft write still completes. */
  function dispose(): Promise<void> {
    disposed = true
    clearTimer()
    events?.removeEventListener('online', onOnline)
    return draftWrite
  }

  return {
    project,
    document,
    version,
    status,
    statusText,
    message,
    problems,
    conflict,
    signedOut,
    open,
    edit,
    save,
    reloadTheirs,
    overwriteWithMine,
    keepMineAsCopy,
    dispose,
    /** Resolves once every draft write so far has finished (for tests and page unloads). */
    flushDrafts: () => draftWrite,
  }
}

function draftProject(draft: Draft): Project {
  const when = new Date(draft.changedAt).toISOString()
  return {
    id: draft.projectId,
    name: draft.name,
    engine: draft.engine,
    createdAt: when,
    updatedAt: when,
    version: draft.baseVersion,
  }
}

export type ProjectPersistence = ReturnType<typeof useProjectPersistence>
