import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import SchemaEditor from './SchemaEditor.vue'
import type { SchemaDocument } from './document'
import type { Problem } from './problems'

function stubServer() {
  return vi.fn(async (url: string) => {
    if (String(url).startsWith('/api/schema/validate')) {
      return new Response(JSON.stringify({ valid: true, engine: 'PostgreSQL', problems: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    }
    return new Response('CREATE TABLE x ();', { status: 200, headers: { 'Content-Type': 'text/plain' } })
  })
}

beforeEach(() => {
  vi.stubGlobal('fetch', stubServer())
})
afterEach(() => vi.unstubAllGlobals())

function editor(doc: unknown = structuredClone(blogJson), problems: Problem[] = []) {
  return mount(SchemaEditor, { props: { modelValue: doc, engine: 'PostgreSQL', problems, liveValidation: false }, attachTo: document.body })
}

function button(wrapper: ReturnType<typeof editor>, name: string) {
  const found = wrapper.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()).trim() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}

describe('SchemaEditor', () => {
  it('Add table emits a new document; Undo and Redo emit the old and the new again', async () => {
    const wrapper = editor()
    await flushPromises()
    await button(wrapper, 'Add table').trigger('click')
    await flushPromises()
    const emitted = wrapper.emitted('update:modelValue') as SchemaDocument[][]
    expect(emitted).toHaveLength(1)
    expect(emitted[0]![0]!.tables).toHaveLength(6)
    await button(wrapper, 'Undo').trigger('click')
    expect((wrapper.emitted('update:modelValue') as SchemaDocument[][])[1]![0]!.tables).toHaveLength(5)
    await button(wrapper, 'Redo').trigger('click')
    expect((wrapper.emitted('update:modelValue') as SchemaDocument[][])[2]![0]!.tables).toHaveLength(6)
    wrapper.unmount()
  })

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo from the page', async () => {
    const wrapper = editor()
    await flushPromises()
    await button(wrapper, 'Add table').trigger('click')
    await flushPromises()
    ;(document.activeElement as HTMLElement | null)?.blur()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    await flushPromises()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true, bubbles: true }))
    await flushPromises()
    const tables = (wrapper.emitted('update:modelValue') as SchemaDocument[][]).map((e) => e[0]!.tables.length)
    expect(tables).toEqual([6, 5, 6])
    wrapper.unmount()
  })

  it('read-only: no edit controls, no dock, and opening a document without positions emits nothing', async () => {
    const unplaced = { tables: [{ id: 'a', name: 'a', columns: [{ id: 'id', name: 'id', type: 'SERIAL', primaryKey: true }] }, { id: 'b', name: 'b', columns: [] }], relations: [] }
    const wrapper = mount(SchemaEditor, { props: { modelValue: unplaced, engine: 'SQLite', readOnly: true, liveValidation: false, dock: false }, attachTo: document.body })
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await flushPromises()
    expect(wrapper.findAll('button').some((b) => b.text() === 'Add table')).toBe(false)
    expect(wrapper.find('[aria-label="Problems"]').exists()).toBe(false)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    wrapper.unmount()
  })

  it('lists the problems it is given, errors first, with their place', async () => {
    const wrapper = editor(structuredClone(blogJson), [
      { path: 'data.tables[1]', code: 'NO_PRIMARY_KEY', severity: 'warning', message: 'no key' },
      { path: 'data.relations[0]', code: 'INCOMPATIBLE_TYPES', severity: 'error', message: 'types differ' },
    ])
    await flushPromises()
    const region = wrapper.find('[role="region"][aria-label="Problems"]')
    const items = region.findAll('li').map((li) => li.text())
    expect(items[0]).toContain('relation posts → users')
    expect(items[0]).toContain('types differ')
    expect(items[1]).toContain('posts')
    wrapper.unmount()
  })

  it('the same document handed back (a save’s answer) is no undo step', async () => {
    const wrapper = editor()
    await flushPromises()
    await button(wrapper, 'Add table').trigger('click')
    const mine = (wrapper.emitted('update:modelValue') as SchemaDocument[][])[0]![0]!
    await wrapper.setProps({ modelValue: JSON.parse(JSON.stringify(mine)) })
    await flushPromises()
    await button(wrapper, 'Undo').trigger('click')
    expect((wrapper.emitted('update:modelValue') as SchemaDocument[][]).at(-1)![0]!.tables).toHaveLength(5)
    expect(button(wrapper, 'Undo').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('a new modelValue from outside is shown, and undo goes back to the editor’s own', async () => {
    const wrapper = editor()
    await flushPromises()
    await button(wrapper, 'Add table').trigger('click')
    await wrapper.setProps({ modelValue: { tables: [], relations: [] } })
    await flushPromises()
    expect(wrapper.text()).toContain('0 tables')
    await button(wrapper, 'Undo').trigger('click')
    const last = (wrapper.emitted('update:modelValue') as SchemaDocument[][]).at(-1)![0]!
    expect(last.tables).toHaveLength(6)
    wrapper.unmount()
  })

  it('draws every relation in one SVG of its own, named by its columns; a click selects it, Delete removes it', async () => {
    const wrapper = editor()
    await flushPromises()
    // The lines come in the frame after the tables first appear.
    await new Promise((resolve) => setTimeout(resolve, 100))
    await flushPromises()
    const layers = wrapper.findAll('svg.dbk-relations')
    expect(layers).toHaveLength(1)
    // No Vue Flow edge (one <svg> each) is rendered any more.
    expect(wrapper.findAll('.vue-flow__edge')).toHaveLength(0)
    const lines = layers[0]!.findAll('[aria-roledescription="relation"]')
    expect(lines.map((line) => line.attributes('aria-label'))).toContain('Relation posts.author_id to users.id')
    expect(lines).toHaveLength(5)
    const line = lines.find((l) => l.attributes('aria-label') === 'Relation posts.author_id to users.id')!
    expect(line.find('path.dbk-relation-path').attributes('d')).toMatch(/^M[-\d.]+ [-\d.]+/)
    await line.trigger('click')
    await flushPromises()
    expect(wrapper.find('[aria-label="Relation editor"]').text()).toContain('posts → users')
    expect(wrapper.find('svg.dbk-relations .selected').attributes('aria-label')).toBe('Relation posts.author_id to users.id')
    ;(document.activeElement as HTMLElement | null)?.blur()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }))
    await flushPromises()
    const last = (wrapper.emitted('update:modelValue') as SchemaDocument[][]).at(-1)![0]!
    expect(last.relations.map((r) => r.id)).not.toContain('r-posts-author')
    expect(last.relations).toHaveLength(4)
    wrapper.unmount()
  })
})
