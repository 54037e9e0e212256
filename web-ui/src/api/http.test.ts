import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, request, withQuery } from './http'

afterEach(() => vi.unstubAllGlobals())

describe('the HTTP client', () => {
  it('rejects with the server message and details of the error envelope', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({
            error: {
              code: 'SQL_ERROR',
              message: 'syntax error at or near "selec"',
              details: [{ path: 'sql', code: 'SQL_ERROR', message: 'x', position: { offset: 0, line: 1, column: 1 } }],
            },
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    )
    const failure = await request('POST', '/studio/api/sql', { sql: 'selec 1' }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    const error = failure as ApiError
    expect(error.status).toBe(400)
    expect(error.code).toBe('SQL_ERROR')
    expect(error.message).toBe('syntax error at or near "selec"')
    expect(error.detail('sql')?.position?.line).toBe(1)
  })

  it('describes answers without an envelope and unreachable servers', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' })))
    const failure = (await request('GET', '/x').catch((e: unknown) => e)) as ApiError
    expect(failure.code).toBe('HTTP_502')
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    const offline = (await request('GET', '/x').catch((e: unknown) => e)) as ApiError
    expect(offline.code).toBe('NETWORK_ERROR')
  })

  it('writes repeated query parameters and leaves out empty ones', () => {
    expect(withQuery('/rows', { limit: 50, filter: ['a:eq:1', 'b:null'], after: undefined, sort: '' })).toBe(
      '/rows?limit=50&filter=a%3Aeq%3A1&filter=b%3Anull',
    )
  })
})
