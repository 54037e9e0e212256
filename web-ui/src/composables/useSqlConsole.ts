import { ref, shallowRef, type Ref } from 'vue'
import { ApiError } from '../api/http'
import { studioApi, type SqlResult } from '../api/studio'
import { messageOf } from './useStudio'

const HISTORY_KEY = 'dbkeep-studio-sql-history'
const HISTORY_SIZE = 50

/** The SQL console's state: the running statement (cancellable), its results, the session's history. */
export function useSqlConsole(storage: Storage = window.sessionStorage): {
  results: Ref<SqlResult[] | null>
  error: Ref<{ message: string; line?: number; column?: number } | null>
  running: Ref<boolean>
  history: Ref<string[]>
  run: (sql: string) => Promise<void>
  cancel: () => Promise<void>
} {
  const results = shallowRef<SqlResult[] | null>(null)
  const error = ref<{ message: string; line?: number; column?: number } | null>(null)
  const running = ref(false)
  const history = ref<string[]>(readHistory(storage))
  let runId: string | null = null

  async function run(sql: string): Promise<void> {
    if (running.value || sql.trim() === '') return
    runId = newId()
    running.value = true
    error.value = null
    remember(sql)
    try {
      results.value = (await studioApi.runSql(sql, runId)).results
    } catch (failure) {
      results.value = null
      const position = failure instanceof ApiError ? failure.details.find((d) => d.position)?.position : undefined
      error.value = {
        message: failure instanceof ApiError ? failure.message : messageOf(failure),
        ...(position ? { line: position.line, column: position.column } : {}),
      }
    } finally {
      running.value = false
      runId = null
    }
  }

  async function cancel(): Promise<void> {
    if (runId !== null) {
      try {
        await studioApi.cancelSql(runId)
      } catch (failure) {
        error.value = { message: messageOf(failure) }
      }
    }
  }

  function remember(sql: string): void {
    const next = [sql, ...history.value.filter((old) => old !== sql)].slice(0, HISTORY_SIZE)
    history.value = next
    try {
      storage.setItem(HISTORY_KEY, JSON.stringify(next))
    } catch {
      // Storage full or switched off: the history lives for this page only.
    }
  }

  return { results, error, running, history, run, cancel }
}

function readHistory(storage: Storage): string[] {
  try {
    const saved = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]') as unknown
    return Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string') : []
  } catch {
    return []
  }
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `run-${Date.now()}-${Math.random().toString(36).slice(2)}`
}
