/**
 * The problems the editor shows: the live check's (`useLiveProblems`, after each edit) once it has
 * answered, else those the page handed in (e.g. from the last save), each located in the document
 * (what to select, a readable place) and turned into marks for the canvas.
 */
import { computed, type Ref, type ShallowRef } from 'vue'
import type { Engine } from './columnTypes'
import type { SchemaDocument } from './document'
import type { LocatedProblem } from './editorContext'
import { marksOf } from './flowElements'
import { placeOf, sortProblems, targetOf, type Problem } from './problems'
import { useLiveProblems } from './useLiveProblems'

export function useEditorProblems(options: {
  doc: ShallowRef<SchemaDocument>
  engine: Ref<Engine>
  /** The page's problems (e.g. a save's answer). */
  given: () => Problem[]
  liveEnabled: Ref<boolean>
}) {
  const { doc } = options
  const live = useLiveProblems(doc, options.engine, options.liveEnabled)

  const located = computed<LocatedProblem[]>(() => {
    const useLive = live.problems.value !== null && live.checkedDoc.value !== null
    const list = useLive ? live.problems.value! : options.given()
    const against = useLive ? live.checkedDoc.value! : doc.value
    return sortProblems(list).map((problem) => ({
      problem,
      target: targetOf(against, problem.path),
      place: placeOf(against, problem.path),
      severity: (problem.severity ?? 'error').toLowerCase() === 'warning' ? 'warning' : 'error',
    }))
  })
  const source = computed(() => (live.problems.value !== null ? 'checked live' : options.given().length ? 'from the last save' : ''))
  const marks = computed(() => marksOf(located.value.map((p) => ({ target: p.target, severity: p.severity }))))

  return { live, located, source, marks }
}
