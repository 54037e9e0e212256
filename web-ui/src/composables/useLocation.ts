import { inject, provide, reactive, readonly, type DeepReadonly, type InjectionKey } from 'vue'
import { formatLocation, parseLocation, type StudioLocation } from './urlState'

export interface LocationState {
  current: DeepReadonly<StudioLocation>
  /** Changes the location; pushes a history entry unless {@code replace}. */
  go(changes: Partial<StudioLocation>, replace?: boolean): void
}

const KEY: InjectionKey<LocationState> = Symbol('studio-location')

/** The URL's state, kept in step with the address bar and the back button. Call once in App. */
export function provideLocation(): LocationState {
  const state = reactive<StudioLocation>(parseLocation(window.location.search))
  window.addEventListener('popstate', () => {
    Object.assign(state, parseLocation(window.location.search))
  })
  const location: LocationState = {
    current: readonly(state),
    go(changes, replace = false) {
      const next = { ...state, ...changes, filters: [...(changes.filters ?? state.filters)] }
      const url = `${window.location.pathname}${formatLocation(next)}`
      if (replace) window.history.replaceState(null, '', url)
      else window.history.pushState(null, '', url)
      Object.assign(state, next)
    },
  }
  provide(KEY, location)
  return location
}

export function useLocation(): LocationState {
  const location = inject(KEY)
  if (!location) throw new Error('useLocation() needs provideLocation() in an ancestor')
  return location
}
