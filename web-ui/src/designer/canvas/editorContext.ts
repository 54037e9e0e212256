/**
 * What the editor's parts share: the document, the engine, and the one way to change the
 * document (`commit`, an undoable step). Provided by `SchemaEditor`, injected by the panels.
 */
import { inject, provide, type ComputedRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import type { Engine } from './columnTypes'
import type { SchemaDocument } from './document'
import type { Problem, ProblemTarget } from './problems'

export interface LocatedProblem {
  problem: Problem
  target: ProblemTarget
  place: string
  severity: 'error' | 'warning'
}

export interface EditorContext {
  doc: ShallowRef<SchemaDocument>
  engine: ComputedRef<Engine>
  readOnly: ComputedRef<boolean>
  problems: ComputedRef<LocatedProblem[]>
  /** The column to bring into view and focus in the table editor (set by a problem click). */
  focusColumn: Ref<string | null>
  /** Makes `next` the document as one undoable step; steps with the same key in a row merge (typing). */
  commit(next: SchemaDocument, label: string, coalesceKey?: string): void
}

const KEY: InjectionKey<EditorContext> = Symbol('dbkeep-schema-editor')

export function provideEditor(context: EditorContext): void {
  provide(KEY, context)
}

export function useEditor(): EditorContext {
  const context = inject(KEY)
  if (!context) throw new Error('useEditor() outside a SchemaEditor')
  return context
}

const COMPACT: InjectionKey<ComputedRef<boolean>> = Symbol('dbkeep-canvas-compact')

/**
 * Whether tables are drawn without their columns (zoomed far out): one computed value for every
 * table on the canvas, instead of each table watching the zoom itself.
 */
export function provideCompact(compact: ComputedRef<boolean>): void {
  provide(COMPACT, compact)
}

export function injectCompact(): ComputedRef<boolean> | null {
  return inject(COMPACT, null)
}
