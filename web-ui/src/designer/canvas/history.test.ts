import { describe, expect, it } from 'vitest'
import { EditHistory, useHistory } from './history'

describe('EditHistory', () => {
  it('undoes and redoes in order, and a new edit clears the redo steps', () => {
    const history = new EditHistory('a')
    history.commit('b', 'Add table', undefined, 0)
    history.commit('c', 'Rename table', undefined, 10_000)
    expect(history.undoLabel).toBe('Rename table')
    expect(history.undo()).toBe('b')
    expect(history.undo()).toBe('a')
    expect(history.undo()).toBeUndefined()
    expect(history.redo()).toBe('b')
    expect(history.redoLabel).toBe('Rename table')
    history.commit('d', 'Add column', undefined, 20_000)
    expect(history.canRedo).toBe(false)
    expect(history.undo()).toBe('b')
  })

  it('merges steps with the same key close together, not far apart or after an undo', () => {
    const history = new EditHistory('')
    history.commit('u', 'Rename', 'name', 0)
    history.commit('us', 'Rename', 'name', 300)
    history.commit('use', 'Rename', 'name', 600)
    expect(history.size).toBe(1)
    history.commit('user', 'Rename', 'name', 5_000)
    expect(history.size).toBe(2)
    expect(history.undo()).toBe('use')
    history.commit('used', 'Rename', 'name', 5_100)
    expect(history.size).toBe(2)
    expect(history.undo()).toBe('use')
  })

  it('an identical value is no step, and the limit drops the oldest', () => {
    const history = new EditHistory(0, 3)
    expect(history.commit(0, 'nothing')).toBe(false)
    for (let i = 1; i <= 5; i++) history.commit(i, `set ${i}`, undefined, i * 10_000)
    expect(history.size).toBe(3)
    history.undo()
    history.undo()
    expect(history.undo()).toBe(2)
    expect(history.canUndo).toBe(false)
  })
})

describe('useHistory', () => {
  it('exposes the present value and the buttons state reactively', () => {
    const history = useHistory({ n: 1 })
    expect(history.canUndo.value).toBe(false)
    const next = { n: 2 }
    history.commit(next, 'Change')
    expect(history.present.value).toBe(next)
    expect(history.canUndo.value).toBe(true)
    expect(history.undoLabel.value).toBe('Change')
    expect(history.undo()).toBe(true)
    expect(history.present.value).toEqual({ n: 1 })
    expect(history.canRedo.value).toBe(true)
    history.reset({ n: 9 })
    expect(history.canRedo.value).toBe(false)
    expect(history.canUndo.value).toBe(false)
  })
})
