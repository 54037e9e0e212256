/**
 * Checks the document on the server a moment after each edit (`POST /api/schema/validate`, nothing
 * stored), so problems show before any save. Only the newest answer counts: an older request is
 * aborted, and an answer for a document that has since changed is dropped.
 */
import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { schemaApi } from '../../api/schema'
import type { SchemaDocument } from './document'
import type { Problem } from './problems'

export interface LiveProblems {
  /** The problems of `checkedDoc`, or null when no check has answered yet. */
  problems: ShallowRef<Problem[] | null>
  checkedDoc: ShallowRef<SchemaDocument | null>
  checking: Ref<boolean>
  /** Why live checking is not available (e.g. signed out), if it is not. */
  note: Ref<string | null>
  checkNow(): Promise<void>
}

export function useLiveProblems(doc: Ref<SchemaDocument>, engine: Ref<string>, enabled: Ref<boolean>): LiveProblems {
  const problems = shallowRef<Problem[] | null>(null)
  const checkedDoc = shallowRef<SchemaDocument | null>(null)
  const checking = ref(false)
  const note = ref<string | null>(null)
  let controller: AbortController | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  async function checkNow(): Promise<void> {
    clearTimeout(timer)
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    const checked = doc.value
    checking.value = true
    try {
      const result = await schemaApi.validate(checked, engine.value, mine.signal)
      if (controller !== mine) return
      problems.value = result.problems
      checkedDoc.value = checked
      note.value = null
    } catch (failure) {
      if (controller !== mine || (failure instanceof DOMException && failure.name === 'AbortError')) return
      note.value = `Live check unavailable: ${failure instanceof Error ? failure.message : String(failure)}`
    } finally {
      if (controller === mine) checking.value = false
    }
  }

  function schedule(): void {
    clearTimeout(timer)
    if (!enabled.value) return
    const size = doc.value.tables.length
    timer = setTimeout(checkNow, size > 500 ? 2000 : size > 100 ? 1000 : 500)
  }

  watch([doc, engine, enabled], schedule, { immediate: true })
  onBeforeUnmount(() => {
    clearTimeout(timer)
    controller?.abort()
  })

  return { problems, checkedDoc, checking, note, checkNow }
}
