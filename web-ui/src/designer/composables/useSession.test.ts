import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSession } from './useSession'

afterEach(() => vi.unstubAllGlobals())

function serve(routes: Record<string, () => Response>): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (path: string) => {
    const answer = routes[path]
    if (!answer) throw new Error(`unexpected ${path}`)
    return answer()
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const json = (body: unknown, status = 200) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('the session', () => {
  it('is a signed-in user when the server has a session', async () => {
    const fetch = serve({ '/api/auth/get-session': json({ session: { id: 's', expiresAt: 'x' }, user: { id: 'u', name: 'Ada', email: 'ada@example.com' } }) })
    const session = createSession()
    await session.resolve()
    expect(session.user.value?.name).toBe('Ada')
    expect(session.admitted()).toBe(true)
    await session.resolve()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('is the guest when the project API answers without a session (GUEST_MODE)', async () => {
    serve({ '/api/auth/get-session': json(null), '/api/projects': json([]) })
    const session = createSession()
    await session.resolve()
    expect(session.user.value).toBeNull()
    expect(session.guest.value).toBe(true)
    expect(session.admitted()).toBe(true)
  })

  it('is nobody when the project API wants a session', async () => {
    serve({
      '/api/auth/get-session': json(null),
      '/api/projects': json({ code: 'UNAUTHORIZED', message: 'Sign in first', error: { code: 'UNAUTHORIZED', message: 'Sign in first' } }, 401),
    })
    const session = createSession()
    await session.resolve()
    expect(session.guest.value).toBe(false)
    expect(session.admitted()).toBe(false)
  })

  it('asks again after a failure instead of keeping it', async () => {
    let up = false
    serve({
      '/api/auth/get-session': () => {
        if (!up) throw new TypeError('Failed to fetch')
        return json(null)()
      },
      '/api/projects': json([]),
    })
    const session = createSession()
    await expect(session.resolve()).rejects.toThrow('cannot be reached')
    up = true
    await session.resolve()
    expect(session.guest.value).toBe(true)
  })
})
