/**
 * Where things go on the canvas: the first view of a document (all of a small one; the top-left
 * corner of a large one at 75 %, so that only the tables in view are rendered), auto layout
 * (elkjs), free spots for new elements, and the sizes Vue Flow measured.
 */
import type { VueFlowStore } from '@vue-flow/core'
import { nextTick, ref, type Ref, type ShallowRef } from 'vue'
import type { SchemaDocument } from './document'
import type { EditorDocument } from './useEditorDocument'
import { freePosition, layoutDocument, needsLayout } from './layout'

/** Above this many tables the first view shows a corner at a readable zoom instead of everything. */
export const LARGE = 150

export function useCanvasLayout(options: {
  flow: VueFlowStore
  doc: ShallowRef<SchemaDocument>
  editor: EditorDocument
  readOnly: Ref<boolean>
  message: Ref<string | null>
}) {
  const { flow, doc, editor, readOnly, message } = options
  const layingOut = ref(false)

  function measured(id: string): { width: number; height: number } | undefined {
    const node = flow.findNode(id)
    return node && node.dimensions.width > 0 ? { width: node.dimensions.width, height: node.dimensions.height } : undefined
  }

  /** A free spot near the middle of what is shown, for a new element. */
  function freeSpot(size?: { width: number; height: number }): { x: number; y: number } {
    const { width, height } = flow.dimensions.value
    const center = flow.project({ x: (width || 800) / 2 - 110, y: (height || 600) / 2 - 80 })
    return freePosition(doc.value, center, size, measured)
  }

  async function autoLayout(undoable = true): Promise<void> {
    layingOut.value = true
    try {
      const before = doc.value
      const next = await layoutDocument(before, measured)
      if (doc.value !== before) return
      if (readOnly.value) {
        // Read-only: laid out for viewing only, nothing emitted.
        editor.history.replacePresent(next)
      } else if (undoable) {
        editor.commit(next, 'Auto layout')
      } else {
        editor.adopt(next, 'Auto layout')
      }
      await nextTick()
      if (next.tables.length <= LARGE) await flow.fitView({ padding: 0.1, duration: 200 })
      else showStart()
    } catch (failure) {
      message.value = `Layout failed: ${failure instanceof Error ? failure.message : String(failure)}`
    } finally {
      layingOut.value = false
    }
  }

  /**
   * A small document is shown whole; a large one from its top-left corner at 75 %, so only the
   * tables in view are rendered (Vue Flow skips the others) and the first paint stays quick.
   */
  function showStart(): void {
    if (doc.value.tables.length <= LARGE) {
      void flow.fitView({ padding: 0.1 })
      return
    }
    let minX = Infinity
    let minY = Infinity
    for (const table of doc.value.tables) {
      if (table.parentNode) continue
      minX = Math.min(minX, table.position?.x ?? 0)
      minY = Math.min(minY, table.position?.y ?? 0)
    }
    const zoom = 0.75
    void flow.setViewport({ x: 40 - (Number.isFinite(minX) ? minX : 0) * zoom, y: 40 - (Number.isFinite(minY) ? minY : 0) * zoom, zoom })
  }

  /** Vue Flow has set up the canvas with the document's nodes. */
  function onInit(): void {
    // For the canvas benchmark (ADR 76).
    performance.mark('dbkeep:canvas-ready')
    if (needsLayout(doc.value)) void autoLayout(false)
    else showStart()
  }

  return { layingOut, measured, freeSpot, autoLayout, showStart, onInit }
}
