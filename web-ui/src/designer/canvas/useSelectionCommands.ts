/**
 * What the editor does with the selection: delete it, copy it (tables and notes with the relations
 * among them), paste it (new ids and names, offset a little more each time) and duplicate it.
 */
import { shallowRef, type Ref, type ShallowRef } from 'vue'
import type { SchemaDocument } from './document'
import { copyElements, deleteElements, pasteElements, type Fragment } from './operations'
import type { CanvasSelection } from './useCanvasSelection'

export function useSelectionCommands(options: {
  doc: ShallowRef<SchemaDocument>
  commit: (next: SchemaDocument, label: string) => void
  selection: CanvasSelection
  root: Ref<HTMLElement | null>
  message: Ref<string | null>
}) {
  const { doc, commit, selection, root, message } = options
  const clipboard = shallowRef<Fragment | null>(null)
  let pasteCount = 0

  function deleteSelection(): void {
    const next = deleteElements(doc.value, selection.selectionIds())
    if (next !== doc.value) commit(next, 'Delete selection')
  }

  function copySelection(): void {
    // Text selected outside the canvas (the SQL, a field) is the person's to copy, not the tables.
    const text = window.getSelection()
    const canvas = root.value?.querySelector('.dbk-canvas')
    if (text && text.toString().trim() !== '' && text.anchorNode && !canvas?.contains(text.anchorNode)) return
    const ids = selection.selectionIds()
    if (ids.tables.length + ids.notes.length === 0) return
    clipboard.value = copyElements(doc.value, ids.tables, ids.notes)
    pasteCount = 0
    message.value = `Copied ${ids.tables.length} tables and ${ids.notes.length} notes.`
  }

  function paste(): void {
    if (!clipboard.value) return
    pasteCount++
    const pasted = pasteElements(doc.value, clipboard.value, { x: 40 * pasteCount, y: 40 * pasteCount })
    commit(pasted.doc, 'Paste')
    void selection.select({ nodes: [...pasted.tableIds, ...pasted.noteIds] })
  }

  function duplicate(): void {
    copySelection()
    paste()
  }

  return { clipboard, deleteSelection, copySelection, paste, duplicate }
}
