import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

vi.mock('../api/studio', () => ({
  studioApi: {
    introspect: vi.fn(async () => ({
      document: { formatVersion: 1, tables: [], relations: [] },
      warnings: [
        {
          path: 'tables[0].checks',
          code: 'CHECK_NOT_CARRIED',
          message: 'Check code_regex of item is not in the subset every engine shares: ~',
        },
      ],
    })),
  },
}))

import SchemaProject from './SchemaProject.vue'

describe('the schema project of a live database', () => {
  it('lists what the introspection could not carry over', async () => {
    const view = mount(SchemaProject, {
      props: { engine: 'postgresql', database: 'shop', canSave: true },
      global: { stubs: { SchemaEditor: true } },
    })
    await flushPromises()
    expect(view.get('summary').text()).toBe('1 thing not carried over')
    const items = view.findAll('ul[aria-label="Not carried over"] li')
    expect(items).toHaveLength(1)
    expect(items[0]?.text()).toContain('CHECK_NOT_CARRIED')
    expect(items[0]?.text()).toContain('code_regex of item')
  })
})
