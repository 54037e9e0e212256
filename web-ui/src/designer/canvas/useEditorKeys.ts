/**
 * The editor's keyboard: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Delete/Backspace deletes the
 * selection, Ctrl/⌘+C/V/D copy, paste and duplicate. Keys typed into a field stay the field's
 * (except undo and redo, which are the document's), and keys elsewhere on the page are left alone.
 */
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export interface EditorKeyActions {
  undo(): void
  redo(): void
  deleteSelection(): void
  copy(): void
  paste(): void
  duplicate(): void
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** What a key press means for the editor, or null. Exported for tests. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, inField: boolean): keyof EditorKeyActions | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (mod && key === 'y') return 'redo'
  if (inField) return null
  if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) return 'deleteSelection'
  if (mod && key === 'c') return 'copy'
  if (mod && key === 'v') return 'paste'
  if (mod && key === 'd') return 'duplicate'
  return null
}

export function useEditorKeys(root: Ref<HTMLElement | null>, actions: EditorKeyActions, enabled: () => boolean): void {
  const onKey = (event: KeyboardEvent) => {
    // Vue Flow marks key presses as handled while a modifier is down, so defaultPrevented says nothing here.
    if (!enabled() || !root.value) return
    const target = event.target
    const inside = target instanceof Node && root.value.contains(target)
    if (!inside && target !== document.body && target !== document.documentElement) return
    if (target instanceof HTMLElement && target.closest('[role="dialog"]')) return
    const action = keyAction(event, isField(target))
    if (!action) return
    event.preventDefault()
    actions[action]()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
