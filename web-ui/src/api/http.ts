/** One item of an error's details, as the server sends it. */
export interface ErrorDetail {
  path: string
  code: string
  severity?: string
  message: string
  position?: { offset: number; line: number; column: number }
  currentRow?: Record<string, unknown>
  [member: string]: unknown
}

/** A failed request: the server's error envelope (or a network failure described the same way). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: ErrorDetail[]

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }

  /** The detail at {@code path}, if the server named one. */
  detail(path: string): ErrorDetail | undefined {
    return this.details.find((d) => d.path === path)
  }
}

interface Envelope {
  code?: unknown
  message?: unknown
  error?: { code?: unknown; message?: unknown; details?: unknown }
}

/** Reads the error envelope from a failed response; anything else becomes a generic error. */
export async function errorFrom(response: Response): Promise<ApiError> {
  let body: Envelope | undefined
  try {
    body = (await response.json()) as Envelope
  } catch {
    body = undefined
  }
  const error = body?.error
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? (error.details as ErrorDetail[]) : []
    return new ApiError(response.status, error.code, error.message, details)
  }
  // Better Auth's shape (the /api/auth routes): top-level code and message.
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message)
  }
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    `The server answered ${response.status} ${response.statusText}`.trim(),
  )
}

export type Query = Record<string, string | number | boolean | string[] | undefined | null>

/** {@code path?query}, with repeated parameters for arrays and undefined/null ones left out. */
export function withQuery(path: string, query: Query = {}): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    const values = Array.isArray(value) ? value : [String(value)]
    for (const one of values) {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(one)}`)
    }
  }
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`
}

/** A successful answer: its parsed body (null when empty) and its entity tag, if any. */
export interface Answer<T> {
  status: number
  body: T
  etag: string | null
}

/**
 * Sends a request with the session cookie and JSON (or, with {@code text}, a string body as UTF-8
 * plain text as it is); resolves to the answer, rejects with an {@link ApiError} carrying the
 * server's message (status 0 and NETWORK_ERROR when the server cannot be reached).
 */
export async function exchange<T>(
  method: string,
  path: string,
  body?: unknown,
  options: { signal?: AbortSignal; headers?: Record<string, string>; text?: boolean } = {},
): Promise<Answer<T>> {
  const plain = options.text === true && typeof body === 'string'
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': plain ? 'text/plain; charset=utf-8' : 'application/json' }),
        ...options.headers,
      },
      body: body === undefined ? null : plain ? (body as string) : JSON.stringify(body),
      signal: options.signal ?? null,
    })
  } catch (failure) {
    if (failure instanceof DOMException && failure.name === 'AbortError') throw failure
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached; is it still running?')
  }
  if (!response.ok) {
    throw await errorFrom(response)
  }
  const text = await response.text()
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as T,
    etag: response.headers.get('ETag'),
  }
}

/** {@link exchange}, resolving to the parsed body alone. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  return (await exchange<T>(method, path, body, signal ? { signal } : {})).body
}
