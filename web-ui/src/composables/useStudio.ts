import { ref, type Ref } from 'vue'
import { ApiError } from '../api/http'
import { studioApi, type Overview, type TableSummary } from '../api/studio'

/** The Studio's overview and table list, loaded once and refreshed on demand. */
export function useStudio(): {
  overview: Ref<Overview | null>
  tables: Ref<TableSummary[]>
  error: Ref<string | null>
  loadingTables: Ref<boolean>
  load: () => Promise<void>
  refreshTables: () => Promise<void>
  countExactly: (table: TableSummary) => Promise<void>
} {
  const overview = ref<Overview | null>(null)
  const tables = ref<TableSummary[]>([])
  const error = ref<string | null>(null)
  const loadingTables = ref(false)

  async function refreshTables(): Promise<void> {
    loadingTables.value = true
    try {
      tables.value = await studioApi.tables()
      error.value = null
    } catch (failure) {
      error.value = messageOf(failure)
    } finally {
      loadingTables.value = false
    }
  }

  async function load(): Promise<void> {
    try {
      overview.value = await studioApi.overview()
    } catch (failure) {
      error.value = messageOf(failure)
      return
    }
    await refreshTables()
  }

  async function countExactly(table: TableSummary): Promise<void> {
    try {
      const answer = await studioApi.count(table.schema, table.name)
      tables.value = tables.value.map((t) =>
        t.schema === table.schema && t.name === table.name
          ? { ...t, rowCount: answer.count, rowCountExact: true }
          : t,
      )
    } catch (failure) {
      error.value = messageOf(failure)
    }
  }

  return { overview, tables, error, loadingTables, load, refreshTables, countExactly }
}

/** The message to show a person for a failure: the server's own, when there is one. */
export function messageOf(failure: unknown): string {
  if (failure instanceof ApiError) {
    const position = failure.details.find((d) => d.position)?.position
    const where = position ? ` (line ${position.line}, column ${position.column})` : ''
    const specifics = failure.details
      .filter((d) => !d.position && !d.currentRow && d.message && d.message !== failure.message)
      .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
    return [failure.message + where, ...specifics].join(' — ')
  }
  return failure instanceof Error ? failure.message : String(failure)
}
