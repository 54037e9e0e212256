/**
 * The editor's files: the document as JSON (export, and import as one undoable step), DBML and
 * Mermaid from the server's writers, and the diagram as SVG or PNG.
 */
import type { VueFlowStore } from '@vue-flow/core'
import type { Ref, ShallowRef } from 'vue'
import { schemaApi } from '../../api/schema'
import type { Engine } from './columnTypes'
import { diagramImage } from './diagramImage'
import { toDocument, type SchemaDocument } from './document'
import { downloadDataUrl, downloadFile, fileBase } from './files'
import { needsLayout } from './layout'

export function useDocumentFiles(options: {
  flow: VueFlowStore
  doc: ShallowRef<SchemaDocument>
  commit: (next: SchemaDocument, label: string) => void
  engine: Ref<Engine>
  name: () => string
  root: Ref<HTMLElement | null>
  message: Ref<string | null>
  autoLayout: () => Promise<void>
  showStart: () => void
}) {
  const { flow, doc, commit, engine, root, message } = options

  function exportJson(): void {
    downloadFile(`${fileBase(options.name())}.json`, JSON.stringify(doc.value, null, 2), 'application/json')
  }

  async function importJson(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    try {
      const next = toDocument(JSON.parse(await file.text()))
      commit(next, 'Import document')
      message.value = `Imported ${next.tables.length} tables from ${file.name}.`
      if (needsLayout(next)) await options.autoLayout()
      else options.showStart()
    } catch (failure) {
      message.value = `${file.name} is not a DBKeep document: ${failure instanceof Error ? failure.message : String(failure)}`
    }
  }

  /** DBML or Mermaid from the server's writers (`/api/schema/export`), downloaded as a text file. */
  async function exportText(to: 'dbml' | 'mermaid'): Promise<void> {
    try {
      const text = await schemaApi.exportText(doc.value, to, engine.value)
      downloadFile(`${fileBase(options.name())}.${to === 'dbml' ? 'dbml' : 'mmd'}`, text, 'text/plain')
    } catch (failure) {
      message.value = `Export failed: ${failure instanceof Error ? failure.message : String(failure)}`
    }
  }

  async function exportImage(format: 'svg' | 'png'): Promise<void> {
    if (!root.value) return
    try {
      // Off-screen nodes are not rendered; show everything first.
      await flow.fitView({ padding: 0.05 })
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
      const url = await diagramImage(root.value, flow.getNodes.value, format)
      downloadDataUrl(`${fileBase(options.name())}.${format}`, url)
    } catch (failure) {
      message.value = `Image export failed: ${failure instanceof Error ? failure.message : String(failure)}`
    }
  }

  return { exportJson, importJson, exportText, exportImage }
}
