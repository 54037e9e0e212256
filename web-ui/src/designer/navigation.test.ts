import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/http'
import { messageOf, safeNext } from './navigation'

describe('where to go after signing in', () => {
  it('follows a path on this site', () => {
    expect(safeNext('/projects/abc')).toBe('/projects/abc')
  })

  it.each([undefined, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', ['/a']])(
    'ignores %s',
    (next) => {
      expect(safeNext(next)).toBe('/')
    },
  )

  it('shows the server message of a failure', () => {
    expect(messageOf(new ApiError(401, 'INVALID_EMAIL_OR_PASSWORD', 'Invalid email or password'))).toBe('Invalid email or password')
  })
})
