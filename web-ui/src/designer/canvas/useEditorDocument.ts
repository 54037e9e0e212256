/**
 * The editor's document and its undo history, and the `v-model` contract with the page around
 * the editor: every edit emits a new document; a `modelValue` that is not the editor's own last
 * document (another project, "reload theirs") is taken over as an undoable step, the same document
 * read back (a save's answer) is no step at all.
 */
import { watch, type Ref, type ShallowRef } from 'vue'
import { toDocument, type SchemaDocument } from './document'
import { useHistory, type History } from './history'

export interface EditorDocument {
  history: History<SchemaDocument>
  doc: ShallowRef<SchemaDocument>
  /** Makes `next` the document as one undoable step (nothing in read-only mode). */
  commit(next: SchemaDocument, label: string, coalesceKey?: string): void
  /** A step the editor takes itself (a layout on opening): recorded and emitted even when nothing typed it. */
  adopt(next: SchemaDocument, label: string): void
  undo(): void
  redo(): void
  /** Starts a fresh undo history at the current document (e.g. after opening another project). */
  resetHistory(): void
}

export function useEditorDocument(options: {
  modelValue: () => unknown
  readOnly: Ref<boolean>
  emit: (document: SchemaDocument) => void
  /** Where a document that cannot be read is reported. */
  message: Ref<string | null>
  /** A document from outside was taken over (e.g. to lay it out when it has no positions). */
  onTakenOver: (document: SchemaDocument) => void
}): EditorDocument {
  const { readOnly, emit, message } = options

  function initialDocument(): SchemaDocument {
    try {
      return toDocument(options.modelValue())
    } catch {
      return { tables: [], relations: [] }
    }
  }

  const history = useHistory<SchemaDocument>(initialDocument())
  const doc = history.present

  /** The last document this editor emitted or was given, to tell our own echo from a new one. */
  let known: unknown = options.modelValue()

  function commit(next: SchemaDocument, label: string, coalesceKey?: string): void {
    if (readOnly.value) return
    if (history.commit(next, label, coalesceKey)) {
      known = next
      emit(next)
    }
  }

  function adopt(next: SchemaDocument, label: string): void {
    history.commit(next, label)
    known = next
    emit(next)
  }

  watch(options.modelValue, (value) => {
    if (value === known || value === doc.value) return
    known = value
    let next: SchemaDocument
    try {
      next = toDocument(value)
    } catch (failure) {
      message.value = failure instanceof Error ? failure.message : String(failure)
      return
    }
    if (JSON.stringify(next) === JSON.stringify(doc.value)) {
      // The same document read back (e.g. a save's answer): no step, nothing to undo.
      history.replacePresent(next)
      return
    }
    if (history.present.value.tables.length === 0 && !history.canUndo.value) history.reset(next)
    else history.commit(next, 'Load document')
    options.onTakenOver(next)
  })

  function undo(): void {
    if (!readOnly.value && history.undo()) {
      known = doc.value
      emit(doc.value)
    }
  }

  function redo(): void {
    if (!readOnly.value && history.redo()) {
      known = doc.value
      emit(doc.value)
    }
  }

  function resetHistory(): void {
    history.reset(doc.value)
  }

  return { history, doc, commit, adopt, undo, redo, resetHistory }
}
