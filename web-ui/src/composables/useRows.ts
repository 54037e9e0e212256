import { ref, shallowRef, watch, type Ref } from 'vue'
import { studioApi, type Row, type RowPage, type TableStructure } from '../api/studio'
import type { LocationState } from './useLocation'
import { messageOf } from './useStudio'

/** The rows of the open table for the URL's page, sort and filters; reloads when they change. */
export function useRows(
  location: LocationState,
  structure: Ref<TableStructure | null>,
): {
  page: Ref<RowPage | null>
  loading: Ref<boolean>
  error: Ref<string | null>
  reload: () => Promise<void>
  replaceRow: (index: number, row: Row) => void
  fullRow: (row: Row) => Promise<Row>
} {
  const page = shallowRef<RowPage | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let controller: AbortController | null = null

  async function reload(): Promise<void> {
    const table = structure.value
    const at = location.current
    if (!table || table.name !== at.table || table.schema !== at.schema) {
      page.value = null
      return
    }
    controller?.abort()
    controller = new AbortController()
    loading.value = true
    try {
      const keyset = at.after !== null || at.before !== null
      page.value = await studioApi.rows(
        table.schema,
        table.name,
        {
          limit: at.limit,
          offset: keyset ? undefined : (at.page - 1) * at.limit,
          after: at.after ?? undefined,
          before: at.before ?? undefined,
          sort: at.sort ?? undefined,
          filter: [...at.filters],
        },
        controller.signal,
      )
      error.value = null
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return
      page.value = null
      error.value = messageOf(failure)
    } finally {
      loading.value = false
    }
  }

  watch(
    () => [structure.value, location.current.page, location.current.limit, location.current.sort, location.current.filters.join('\u0000'), location.current.after, location.current.before],
    () => void reload(),
    { immediate: true },
  )

  function replaceRow(index: number, row: Row): void {
    if (!page.value) return
    const rows = [...page.value.rows]
    rows[index] = row
    page.value = {
      ...page.value,
      rows,
      truncated: page.value.truncated.filter((cell) => cell.row !== index),
    }
  }

  /** The row with every value whole (long text and bytes are cut in the grid). */
  async function fullRow(row: Row): Promise<Row> {
    const table = structure.value
    if (!table || table.primaryKey.length === 0) return row
    const filters = table.primaryKey.map((name) => `${name}:eq:${String(row[name])}`)
    const answer = await studioApi.rows(table.schema, table.name, { filter: filters, full: true, limit: 1 })
    return answer.rows[0] ?? row
  }

  return { page, loading, error, reload, replaceRow, fullRow }
}
