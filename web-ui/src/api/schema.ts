import { ApiError, errorFrom, withQuery, type ErrorDetail } from './http'

/** The answer of `POST /api/schema/validate`. */
export interface SchemaValidation {
  valid: boolean
  engine: string
  problems: ErrorDetail[]
}

/** DDL for a document, and how many warnings the server counted. */
export interface SchemaSql {
  sql: string
  warnings: number
}

async function post(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json, text/plain', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: signal ?? null,
    })
  } catch (failure) {
    if (failure instanceof DOMException && failure.name === 'AbortError') throw failure
    throw new ApiError(0, 'NETWORK_ERROR', 'The DBKeep server cannot be reached; check the connection.')
  }
  if (!response.ok) throw await errorFrom(response)
  return response
}

/** `/api/schema/…`: validate a document or export it as DDL without storing it. */
export const schemaApi = {
  validate: async (document: unknown, engine: string, signal?: AbortSignal): Promise<SchemaValidation> =>
    (await (await post(withQuery('/api/schema/validate', { engine }), document, signal)).json()) as SchemaValidation,

  /** The document as DBML or Mermaid text (`POST /api/schema/export?to=…`), nothing stored. */
  exportText: async (document: unknown, to: 'dbml' | 'mermaid', engine: string): Promise<string> =>
    (await post(withQuery('/api/schema/export', { to, engine }), document)).text(),

  /** Rejects with the server's 422 (`SCHEMA_INVALID`, problems in `details`) for a document with errors. */
  sql: async (document: unknown, engine: string, signal?: AbortSignal): Promise<SchemaSql> => {
    const response = await post(withQuery('/api/schema/sql', { engine }), document, signal)
    return { sql: await response.text(), warnings: Number(response.headers.get('X-Schema-Warnings') ?? '0') || 0 }
  },
}
