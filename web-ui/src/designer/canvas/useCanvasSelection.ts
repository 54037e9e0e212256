/**
 * What is selected on the canvas: tables, groups and notes are Vue Flow's nodes (their selection is
 * Vue Flow's); relations are drawn by our own layer (`RelationLayer.vue`, ADR 116), so their
 * selection lives here. A click on a line selects it (Shift/Ctrl/⌘ adds), a click on the background,
 * on a table without those keys, or a selection box clears it.
 */
import type { VueFlowStore } from '@vue-flow/core'
import { computed, nextTick, shallowRef, type ShallowRef } from 'vue'
import type { SchemaDocument } from './document'

export interface SelectionIds {
  tables: string[]
  groups: string[]
  notes: string[]
  relations: string[]
}

export function useCanvasSelection(flow: VueFlowStore, doc: ShallowRef<SchemaDocument>) {
  const selectedNodes = computed(() => flow.getSelectedNodes.value)
  const selectedRelationIds = shallowRef<string[]>([])
  const selectedRelations = computed(() => {
    const ids = new Set(selectedRelationIds.value)
    return doc.value.relations.filter((r) => ids.has(r.id))
  })

  flow.onPaneClick(() => (selectedRelationIds.value = []))
  flow.onSelectionStart(() => (selectedRelationIds.value = []))
  flow.onNodeClick(({ event }) => {
    const additive = 'shiftKey' in event && (event.shiftKey || event.ctrlKey || event.metaKey)
    if (!additive) selectedRelationIds.value = []
  })

  function onRelationSelect(id: string, additive: boolean): void {
    if (additive) {
      const ids = selectedRelationIds.value
      selectedRelationIds.value = ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
      return
    }
    flow.removeSelectedElements()
    selectedRelationIds.value = [id]
  }

  const onlyNode = computed(() => (selectedNodes.value.length === 1 ? selectedNodes.value[0] : undefined))
  const selectedTable = computed(() => {
    const only = onlyNode.value
    return only?.type === 'table' ? doc.value.tables.find((t) => t.id === only.id) : undefined
  })
  const selectedGroup = computed(() => {
    const only = onlyNode.value
    return only?.type === 'group' ? doc.value.groups?.find((g) => g.id === only.id) : undefined
  })
  const selectedNote = computed(() => {
    const only = onlyNode.value
    return only?.type === 'note' ? doc.value.notes?.find((n) => n.id === only.id) : undefined
  })
  const selectedRelation = computed(() => {
    if (selectedNodes.value.length > 0 || selectedRelations.value.length !== 1) return undefined
    return selectedRelations.value[0]
  })

  /** Selects exactly these elements (after the next render, so new ones exist), bringing the first node into view. */
  async function select(ids: { nodes?: string[]; edges?: string[] }, center = false): Promise<void> {
    await nextTick()
    flow.removeSelectedElements()
    const nodes = (ids.nodes ?? []).map((id) => flow.findNode(id)).filter((n) => n !== undefined)
    if (nodes.length) flow.addSelectedNodes(nodes)
    selectedRelationIds.value = (ids.edges ?? []).filter((id) => doc.value.relations.some((r) => r.id === id))
    if (center && nodes[0]) {
      const node = nodes[0]
      const x = node.computedPosition.x + (node.dimensions.width || 240) / 2
      const y = node.computedPosition.y + (node.dimensions.height || 120) / 2
      await flow.setCenter(x, y, { zoom: Math.max(flow.viewport.value.zoom, 0.8), duration: 200 })
    } else if (nodes[0]) {
      await bringIntoView(nodes[0].id)
    }
  }

  /** Pans (keeping the zoom) so that the element is entirely in view, if it is not. */
  async function bringIntoView(id: string): Promise<void> {
    const node = flow.findNode(id)
    if (!node) return
    const { x: vx, y: vy, zoom } = flow.viewport.value
    const { width, height } = flow.dimensions.value
    const w = (node.dimensions.width || 240) * zoom
    const h = (node.dimensions.height || 120) * zoom
    const left = node.computedPosition.x * zoom + vx
    const top = node.computedPosition.y * zoom + vy
    if (left >= 0 && top >= 0 && left + w <= width && top + h <= height) return
    await flow.setCenter(node.computedPosition.x + w / zoom / 2, node.computedPosition.y + h / zoom / 2, { zoom, duration: 0 })
  }

  /** The selection's ids by kind, as the document's operations take them. */
  function selectionIds(): SelectionIds {
    const tables: string[] = []
    const groups: string[] = []
    const notes: string[] = []
    for (const node of selectedNodes.value) {
      if (node.type === 'table') tables.push(node.id)
      else if (node.type === 'group') groups.push(node.id)
      else if (node.type === 'note') notes.push(node.id)
    }
    return { tables, groups, notes, relations: selectedRelations.value.map((r) => r.id) }
  }

  return {
    selectedNodes,
    selectedRelationIds,
    selectedRelations,
    selectedTable,
    selectedGroup,
    selectedNote,
    selectedRelation,
    onRelationSelect,
    select,
    selectionIds,
  }
}

export type CanvasSelection = ReturnType<typeof useCanvasSelection>
