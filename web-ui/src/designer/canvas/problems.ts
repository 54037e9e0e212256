/**
 * The server's problems (`{path, code, severity, message}`) and what on the canvas they are about.
 * Paths look like `tables[2].columns[0].type` or `relations[1]`; from a save they carry a `data.`
 * prefix, from an export envelope a `project.` prefix.
 */
import type { SchemaDocument } from './document'

export interface Problem {
  path: string
  code?: string
  severity?: string
  message: string
  [member: string]: unknown
}

/** What a problem points at, by the document's ids (so it survives reordering). */
export type ProblemTarget =
  | { kind: 'table'; tableId: string; columnId?: string; indexId?: string; checkId?: string }
  | { kind: 'relation'; relationId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'note'; noteId: string }
  | { kind: 'enum'; enumId: string }
  | { kind: 'document' }

const STEP = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?$/

/** Splits `data.tables[2].columns[0].name` into `[['tables', 2], ['columns', 0], ['name']]`, without the prefixes. */
export function pathSteps(path: string): { name: string; index?: number }[] {
  const steps: { name: string; index?: number }[] = []
  for (const part of path.split('.')) {
    const match = STEP.exec(part.trim())
    if (!match) return steps
    steps.push(match[2] === undefined ? { name: match[1]! } : { name: match[1]!, index: Number(match[2]) })
  }
  while (steps.length > 0 && (steps[0]!.name === 'data' || steps[0]!.name === 'project') && steps[0]!.index === undefined) steps.shift()
  return steps
}

/** Resolves a problem's path against the document it was found in. */
export function targetOf(doc: SchemaDocument, path: string): ProblemTarget {
  const [first, second, third] = pathSteps(path)
  if (!first || first.index === undefined) return { kind: 'document' }
  switch (first.name) {
    case 'tables': {
      const table = doc.tables[first.index]
      if (!table) return { kind: 'document' }
      if (second?.name === 'columns' && second.index !== undefined) {
        const column = table.columns[second.index]
        return column ? { kind: 'table', tableId: table.id, columnId: column.id } : { kind: 'table', tableId: table.id }
      }
      if (second?.name === 'indexes' && second.index !== undefined) {
        const index = table.indexes?.[second.index]
        return index ? { kind: 'table', tableId: table.id, indexId: index.id } : { kind: 'table', tableId: table.id }
      }
      if (second?.name === 'checks' && second.index !== undefined) {
        const check = table.checks?.[second.index]
        return check ? { kind: 'table', tableId: table.id, checkId: check.id } : { kind: 'table', tableId: table.id }
      }
      void third
      return { kind: 'table', tableId: table.id }
    }
    case 'relations': {
      const relation = doc.relations[first.index]
      return relation ? { kind: 'relation', relationId: relation.id } : { kind: 'document' }
    }
    case 'groups': {
      const group = doc.groups?.[first.index]
      return group ? { kind: 'group', groupId: group.id } : { kind: 'document' }
    }
    case 'notes': {
      const note = doc.notes?.[first.index]
      return note ? { kind: 'note', noteId: note.id } : { kind: 'document' }
    }
    case 'enums': {
      const type = doc.enums?.[first.index]
      return type ? { kind: 'enum', enumId: type.id } : { kind: 'document' }
    }
    default:
      return { kind: 'document' }
  }
}

/** A short place name for a problem: `posts.author_id`, `relation posts → users`. */
export function placeOf(doc: SchemaDocument, path: string): string {
  const target = targetOf(doc, path)
  switch (target.kind) {
    case 'table': {
      const table = doc.tables.find((t) => t.id === target.tableId)
      const column = target.columnId ? table?.columns.find((c) => c.id === target.columnId) : undefined
      if (column) return `${table?.name}.${column.name}`
      if (target.indexId) return `${table?.name} index`
      if (target.checkId) {
        const check = table?.checks?.find((k) => k.id === target.checkId)
        return `${table?.name} check ${check?.name ?? ''}`.trim()
      }
      return table?.name ?? path
    }
    case 'relation': {
      const relation = doc.relations.find((r) => r.id === target.relationId)!
      const source = doc.tables.find((t) => t.id === relation.sourceTableId)
      const target_ = doc.tables.find((t) => t.id === relation.targetTableId)
      return `relation ${source?.name ?? '?'} → ${target_?.name ?? '?'}`
    }
    case 'group':
      return `group ${doc.groups?.find((g) => g.id === target.groupId)?.name ?? ''}`
    case 'note':
      return `note ${doc.notes?.find((n) => n.id === target.noteId)?.name ?? ''}`
    case 'enum':
      return `enum ${doc.enums?.find((e) => e.id === target.enumId)?.name ?? ''}`
    default:
      return path || 'document'
  }
}

/** Errors first, then warnings; the server's order within each. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => ((p.severity ?? 'error').toLowerCase() === 'error' ? 0 : 1)
  return [...problems].map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p)
}
