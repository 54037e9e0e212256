import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Column } from '../api/studio'
import CellEditor from './CellEditor.vue'

const name: Column = {
  name: 'name',
  type: 'text',
  kind: 'text',
  nullable: true,
  default: null,
  primaryKey: false,
  generated: false,
  required: false,
}

describe('the cell editor', () => {
  it('saves on Enter and cancels on Escape', async () => {
    const editor = mount(CellEditor, { props: { column: name, value: 'Ada', saving: false, error: null } })
    const input = editor.get('input[aria-label="Edit name"]')
    await input.setValue('Grace')
    await input.trigger('keydown', { key: 'Enter' })
    expect(editor.emitted('save')?.[0]).toEqual(['Grace'])
    await input.trigger('keydown', { key: 'Escape' })
    expect(editor.emitted('cancel')).toHaveLength(1)
  })

  it('sends NULL when the toggle is on and refuses invalid JSON', async () => {
    const editor = mount(CellEditor, { props: { column: name, value: 'Ada', saving: false, error: null } })
    await editor.get('input[type="checkbox"]').setValue(true)
    await editor.get('button').trigger('click')
    expect(editor.emitted('save')?.[0]).toEqual([null])

    const json = mount(CellEditor, {
      props: { column: { ...name, kind: 'json', type: 'jsonb' }, value: { a: 1 }, saving: false, error: null },
    })
    await json.get('textarea').setValue('{"a": ')
    expect(json.get('[role="alert"]').text()).toContain('Not valid JSON')
    expect(json.get('button').attributes('disabled')).toBeDefined()
  })
})
