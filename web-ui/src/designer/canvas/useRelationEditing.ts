/**
 * Creating and editing relations: a line drawn from a column's handle to another column, the
 * **Add relation** dialog (with the selected table as the source), double-click or **Edit
 * relation** on an existing one. The dialog's state is `relationDialog` (null when closed).
 */
import type { Connection } from '@vue-flow/core'
import { shallowRef, type Ref, type ShallowRef } from 'vue'
import type { Relation, SchemaDocument } from './document'
import { addRelation, deleteElements, updateRelation, type NewRelation } from './operations'
import type { CanvasSelection } from './useCanvasSelection'

export function useRelationEditing(options: {
  doc: ShallowRef<SchemaDocument>
  commit: (next: SchemaDocument, label: string) => void
  readOnly: Ref<boolean>
  selection: CanvasSelection
}) {
  const { doc, commit, readOnly, selection } = options
  const relationDialog = shallowRef<{ initial: Partial<Relation>; editing: boolean } | null>(null)

  function onConnect(connection: Connection): void {
    if (readOnly.value) return
    const [sourceColumnId, sourceSide] = (connection.sourceHandle ?? '').split(':')
    const [targetColumnId, targetSide] = (connection.targetHandle ?? '').split(':')
    relationDialog.value = {
      editing: false,
      initial: {
        sourceTableId: connection.source,
        sourceColumnId: sourceColumnId ?? '',
        targetTableId: connection.target,
        targetColumnId: targetColumnId ?? '',
        type: '1:N',
        sourceHandlePosition: sourceSide === 'l' ? 'left' : 'right',
        targetHandlePosition: targetSide === 'r' ? 'right' : 'left',
      },
    }
  }

  function openRelationDialog(): void {
    const table = selection.selectedTable.value
    relationDialog.value = { editing: false, initial: table ? { sourceTableId: table.id } : {} }
  }

  function editRelation(relation: Relation): void {
    relationDialog.value = { editing: true, initial: relation }
  }

  /** A double-click on a line edits its relation. */
  function editRelationById(id: string): void {
    const relation = doc.value.relations.find((r) => r.id === id)
    if (relation && !readOnly.value) editRelation(relation)
  }

  function submitRelation(relation: NewRelation): void {
    const dialog = relationDialog.value
    relationDialog.value = null
    if (!dialog) return
    if (dialog.editing && dialog.initial.id) {
      commit(updateRelation(doc.value, dialog.initial.id, relation), 'Edit relation')
    } else {
      const { doc: next, relationId } = addRelation(doc.value, relation)
      commit(next, 'Add relation')
      void selection.select({ edges: [relationId] })
    }
  }

  function removeRelation(): void {
    const id = relationDialog.value?.initial.id
    relationDialog.value = null
    if (id) commit(deleteElements(doc.value, { relations: [id] }), 'Delete relation')
  }

  return { relationDialog, onConnect, openRelationDialog, editRelation, editRelationById, submitRelation, removeRelation }
}
