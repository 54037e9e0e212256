import { inject, type InjectionKey, ref, type Ref } from 'vue'
import { authApi, type User } from '../../api/auth'
import { ApiError } from '../../api/http'
import { projectsApi } from '../../api/projects'

/**
 * Who uses the designer: a signed-in user, the shared guest (when the server runs in guest mode,
 * the project API answers without a session), or nobody yet.
 */
export interface Session {
  user: Ref<User | null>
  guest: Ref<boolean>
  /** Asks the server once; later calls reuse the answer until {@link refresh}. */
  resolve(): Promise<void>
  refresh(): Promise<void>
  signedIn(user: User): void
  signOut(): Promise<void>
  /** Whether the project pages may be shown. */
  admitted(): boolean
}

export const SESSION: InjectionKey<Session> = Symbol('session')

export function createSession(): Session {
  const user = ref<User | null>(null)
  const guest = ref(false)
  let resolved: Promise<void> | null = null

  async function ask(): Promise<void> {
    const answer = await authApi.session()
    user.value = answer?.user ?? null
    guest.value = false
    if (user.value === null) {
      // Guest mode is visible as a project API that answers without a session.
      try {
        await projectsApi.list()
        guest.value = true
      } catch (failure) {
        if (!(failure instanceof ApiError) || failure.status !== 401) throw failure
      }
    }
  }

  const session: Session = {
    user,
    guest,
    resolve: () => (resolved ??= ask().catch((failure: unknown) => {
      resolved = null
      throw failure
    })),
    refresh: () => {
      resolved = null
      return session.resolve()
    },
    signedIn: (signed) => {
      user.value = signed
      guest.value = false
      resolved = Promise.resolve()
    },
    signOut: async () => {
      await authApi.signOut()
      user.value = null
      await session.refresh()
    },
    admitted: () => user.value !== null || guest.value,
  }
  return session
}

export function useSession(): Session {
  const session = inject(SESSION)
  if (!session) throw new Error('No session provided')
  return session
}
