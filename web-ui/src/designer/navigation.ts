import { ApiError } from '../api/http'

/**
 * Where to go after signing in: a path on this site from {@code ?next=}, else the project list.
 * Anything else (another host, {@code //host}, a backslash trick) is ignored.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/'
  return next
}

/** The message to show for a failure: the server's own words where there are some. */
export function messageOf(failure: unknown): string {
  if (failure instanceof ApiError) return failure.message
  if (failure instanceof Error) return failure.message
  return String(failure)
}
