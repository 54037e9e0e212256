import { request } from './http'

/** The signed-in user, as Better Auth's routes describe it. */
export interface User {
  id: string
  name: string
  email: string
  role?: string | null
}

/** {@code GET /api/auth/get-session}: the session and its user, or null when signed out. */
export interface SessionAnswer {
  session: { id: string; expiresAt: string }
  user: User
}

/** The authentication API (Better Auth's contract under /api/auth). */
export const authApi = {
  session: () => request<SessionAnswer | null>('GET', '/api/auth/get-session'),

  signIn: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/sign-in/email', { email, password, rememberMe: true }),

  signUp: (name: string, email: string, password: string) =>
    request<{ user: User; token: string | null }>('POST', '/api/auth/sign-up/email', { name, email, password }),

  signOut: () => request<unknown>('POST', '/api/auth/sign-out', {}),

  /** Mails a link that leads back to {@code redirectTo} with {@code ?token=…}. */
  requestPasswordReset: (email: string, redirectTo: string) =>
    request<{ status: boolean; message: string }>('POST', '/api/auth/request-password-reset', { email, redirectTo }),

  resetPassword: (token: string, newPassword: string) =>
    request<{ status: boolean }>('POST', '/api/auth/reset-password', { token, newPassword }),
}
