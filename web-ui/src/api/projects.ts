import { ApiError, exchange, request, withQuery, type ErrorDetail } from './http'

/** The engines a project can target, as the server names them. */
export const ENGINES = ['PostgreSQL', 'MySQL', 'SQLite'] as const

/** One entry of the project list (no document). */
export interface ProjectSummary {
  id: string
  name: string
  engine: string
  createdAt: string
  updatedAt: string
  version: number
}

/** A stored schema project, as the project API answers it. */
export interface Project extends ProjectSummary {
  /** The schema document; a save's answer may leave it out. */
  data?: unknown
  /** Problems of the saved document (path, code, severity, message). */
  problems?: ErrorDetail[]
  /** The older name of {@link problems}. */
  warnings?: ErrorDetail[]
}

/** A project as read or saved: the project and the version its entity tag names. */
export interface Versioned {
  project: Project
  version: number
}

/** The problems a saved project's answer lists, under either name the server uses. */
export function problemsOf(project: Project): ErrorDetail[] {
  return project.problems ?? project.warnings ?? []
}

function versioned(project: Project, etag: string | null): Versioned {
  const tagged = etag === null ? Number.NaN : Number(etag.replace(/^W\//, '').replace(/"/g, ''))
  return { project, version: Number.isFinite(tagged) ? tagged : project.version }
}

/** The formats a schema text can be imported from: the server's {@code ?from=} value and a label. */
export const IMPORT_FORMATS = [
  { from: 'postgresql', label: 'PostgreSQL' },
  { from: 'mysql', label: 'MySQL' },
  { from: 'sqlite', label: 'SQLite' },
  { from: 'dbml', label: 'DBML' },
] as const

export type ImportFormat = (typeof IMPORT_FORMATS)[number]['from']

/**
 * What an imported text did not keep, one line each as `line N: message` (the server's warnings
 * carry the path `line N`); the document's own problems (`data.…`) are left to the editor's list.
 */
export function importWarningsOf(project: Project): string[] {
  return problemsOf(project)
    .filter((problem) => /^line \d+$/.test(problem.path))
    .map((problem) => `${problem.path}: ${problem.message}`)
}

/**
 * The message for a refused import: the server's, which names `line:column` for a text that does
 * not parse (422 `IMPORT_SYNTAX_ERROR`); the place is added from the detail if the message lacks it.
 */
export function importFailureOf(failure: unknown): string {
  if (!(failure instanceof ApiError)) return failure instanceof Error ? failure.message : String(failure)
  const place = failure.details.find((d) => typeof d.line === 'number' && typeof d.column === 'number')
  if (failure.code !== 'IMPORT_SYNTAX_ERROR' || place === undefined) return failure.message
  const at = `${String(place.line)}:${String(place.column)}`
  return failure.message.includes(at) ? failure.message : `${failure.message} (at ${at}: ${place.message})`
}

const path = (id: string) => `/api/projects/${encodeURIComponent(id)}`

/** The project API (for the signed-in user or the guest), one function per endpoint used here. */
export const projectsApi = {
  list: () => request<ProjectSummary[]>('GET', '/api/projects'),

  create: (name: string, engine: string, data?: unknown) =>
    request<Project>('POST', '/api/projects', data === undefined ? { name, engine } : { name, engine, data }),

  get: async (id: string, signal?: AbortSignal): Promise<Versioned> => {
    const answer = await exchange<Project>('GET', path(id), undefined, signal ? { signal } : {})
    return versioned(answer.body, answer.etag)
  },

  /** Saves changes; with {@code expectedVersion} the server refuses (412) a newer stored version. */
  update: async (
    id: string,
    changes: { name?: string; engine?: string; data?: unknown },
    expectedVersion: number | null,
  ): Promise<Versioned> => {
    const headers: Record<string, string> = expectedVersion === null ? {} : { 'If-Match': `"${expectedVersion}"` }
    const answer = await exchange<Project>('PUT', path(id), changes, { headers })
    return versioned(answer.body, answer.etag)
  },

  /**
   * A new project from a schema text (`POST /api/projects/import?from=…[&name=…]`, the text as the
   * body); the answer's problems are what the import did not keep ({@link importWarningsOf}).
   */
  importText: async (text: string, from: ImportFormat, name?: string): Promise<Project> =>
    (
      await exchange<Project>('POST', withQuery('/api/projects/import', { from, name: name?.trim() || undefined }), text, {
        text: true,
      })
    ).body,

  duplicate: (id: string) => request<Project>('POST', `${path(id)}/duplicate`),

  remove: (id: string) => request<unknown>('DELETE', path(id)),
}
