/**
 * Undo and redo over immutable values: each step keeps a reference to the whole document before
 * it, which costs nothing because edits share every untouched part (see `operations.ts`).
 */
import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue'

interface Step<T> {
  value: T
  label: string
}

/** The undo stack, framework-free. */
export class EditHistory<T> {
  private past: Step<T>[] = []
  private future: Step<T>[] = []
  private lastKey: string | null = null
  private lastTime = 0

  /**
   * @param present the value now
   * @param limit how many steps are kept
   * @param coalesceMillis steps with the same key this close together become one (typing)
   */
  constructor(
    public present: T,
    private readonly limit = 300,
    private readonly coalesceMillis = 1000,
  ) {}

  /**
   * Makes `next` the present value as one undoable step named `label`. A step with the same
   * `coalesceKey` as the previous one, within the coalescing time, merges into it (so a name typed
   * letter by letter undoes at once). A value identical to the present one is no step at all.
   */
  commit(next: T, label: string, coalesceKey?: string, now = Date.now()): boolean {
    if (next === this.present) return false
    const merge = coalesceKey !== undefined && coalesceKey === this.lastKey && now - this.lastTime <= this.coalesceMillis && this.past.length > 0
    if (!merge) {
      this.past.push({ value: this.present, label })
      if (this.past.length > this.limit) this.past.shift()
    }
    this.present = next
    this.future = []
    this.lastKey = coalesceKey ?? null
    this.lastTime = now
    return true
  }

  undo(): T | undefined {
    const step = this.past.pop()
    if (!step) return undefined
    this.future.push({ value: this.present, label: step.label })
    this.present = step.value
    this.lastKey = null
    return this.present
  }

  redo(): T | undefined {
    const step = this.future.pop()
    if (!step) return undefined
    this.past.push({ value: this.present, label: step.label })
    this.present = step.value
    this.lastKey = null
    return this.present
  }

  /** Puts an equal value in place of the present one without a step (the same document, read back). */
  replacePresent(value: T): void {
    this.present = value
  }

  /** Forgets every step: `value` is the new starting point. */
  reset(value: T): void {
    this.past = []
    this.future = []
    this.present = value
    this.lastKey = null
  }

  get canUndo(): boolean {
    return this.past.length > 0
  }

  get canRedo(): boolean {
    return this.future.length > 0
  }

  /** What Undo would take back, e.g. "Add table". */
  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label
  }

  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label
  }

  get size(): number {
    return this.past.length
  }
}

export interface History<T> {
  present: ShallowRef<T>
  canUndo: ComputedRef<boolean>
  canRedo: ComputedRef<boolean>
  undoLabel: ComputedRef<string | undefined>
  redoLabel: ComputedRef<string | undefined>
  commit(next: T, label: string, coalesceKey?: string): boolean
  undo(): boolean
  redo(): boolean
  reset(value: T): void
  replacePresent(value: T): void
}

/** The undo stack as reactive state for a component: `present` is a shallow ref, never deep-watched. */
export function useHistory<T>(initial: T): History<T> {
  const stack = new EditHistory(initial)
  const present = shallowRef(initial)
  const tick = shallowRef(0)
  const sync = () => {
    present.value = stack.present
    tick.value++
  }
  return {
    present,
    canUndo: computed(() => (tick.value, stack.canUndo)),
    canRedo: computed(() => (tick.value, stack.canRedo)),
    undoLabel: computed(() => (tick.value, stack.undoLabel)),
    redoLabel: computed(() => (tick.value, stack.redoLabel)),
    commit(next, label, coalesceKey) {
      const changed = stack.commit(next, label, coalesceKey)
      if (changed) sync()
      return changed
    },
    undo() {
      const done = stack.undo() !== undefined || false
      if (done) sync()
      return done
    },
    redo() {
      const done = stack.redo() !== undefined
      if (done) sync()
      return done
    },
    reset(value) {
      stack.reset(value)
      sync()
    },
    replacePresent(value) {
      stack.replacePresent(value)
      sync()
    },
  }
}
