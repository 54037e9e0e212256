import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type ErrorDetail } from '../../api/http'
import { importFailureOf, importWarningsOf, projectsApi } from '../../api/projects'
import ImportSchemaDialog from './ImportSchemaDialog.vue'

afterEach(() => vi.unstubAllGlobals())

const DDL = 'CREATE TABLE users (id serial PRIMARY KEY);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id int REFERENCES users(id));'

function project(problems: ErrorDetail[] = []) {
  return { id: 'p-1', name: 'Blog', engine: 'PostgreSQL', createdAt: '', updatedAt: '', version: 1, problems }
}

function answering(status: number, body: unknown) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function field(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no field ${label}`)
  return wrapper.find(`#${found.attributes('for')!}`)
}

describe('importing a schema text', () => {
  it('sends the text as it is, the format and the name as query parameters', async () => {
    const fetch = answering(201, project())
    await projectsApi.importText(DDL, 'postgresql', ' My blog ')
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/projects/import?from=postgresql&name=My%20blog')
    expect(init.method).toBe('POST')
    expect(init.body).toBe(DDL)
    expect((init.headers as Record<string, string>)['Content-Type']).toMatch(/^text\/plain/)
    await projectsApi.importText('Table t {}', 'dbml', '  ')
    expect(fetch.mock.calls[1]![0]).toBe('/api/projects/import?from=dbml')
  })

  it('lists warnings as line: message and places a syntax error at line:column', () => {
    expect(
      importWarningsOf(
        project([
          { path: 'line 3', code: 'STATEMENT_NOT_KEPT', message: 'SET is not kept' },
          { path: 'data.tables[0]', code: 'NO_INDEX', severity: 'warning', message: 'left to the editor' },
        ]),
      ),
    ).toEqual([
      'line 3: SET is not kept',
    ])
    const located = new ApiError(422, 'IMPORT_SYNTAX_ERROR', 'The text could not be imported: 2:7: expected NULL', [
      { path: '2:7', code: 'SYNTAX_ERROR', message: 'expected NULL', line: 2, column: 7 },
    ])
    expect(importFailureOf(located)).toBe('The text could not be imported: 2:7: expected NULL')
    const bare = new ApiError(422, 'IMPORT_SYNTAX_ERROR', 'The text could not be imported', [
      { path: '2:7', code: 'SYNTAX_ERROR', message: 'expected NULL', line: 2, column: 7 },
    ])
    expect(importFailureOf(bare)).toBe('The text could not be imported (at 2:7: expected NULL)')
  })
})

describe('the import dialog', () => {
  it('opens the new project at once when nothing was left out', async () => {
    const fetch = answering(201, project())
    const wrapper = mount(ImportSchemaDialog, { attachTo: document.body })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(true)
    await field(wrapper, 'Project name').setValue('Blog')
    await field(wrapper, 'Format').setValue('mysql')
    await field(wrapper, 'Schema text').setValue(DDL)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fetch.mock.calls[0]![0]).toBe('/api/projects/import?from=mysql&name=Blog')
    expect(wrapper.emitted('open')).toEqual([['p-1']])
    wrapper.unmount()
  })

  it('shows the warnings before opening, and the server message on a 422', async () => {
    answering(201, project([{ path: 'line 1', code: 'STATEMENT_NOT_KEPT', message: 'SET is not kept' }]))
    const wrapper = mount(ImportSchemaDialog, { attachTo: document.body })
    await field(wrapper, 'Schema text').setValue(DDL)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.emitted('open')).toBeUndefined()
    expect(wrapper.find('[aria-label="Import warnings"]').text()).toContain('line 1: SET is not kept')
    const open = wrapper.findAll('button').find((b) => b.text() === 'Open project')!
    await open.trigger('click')
    expect(wrapper.emitted('open')).toEqual([['p-1']])
    wrapper.unmount()

    answering(422, {
      error: {
        code: 'IMPORT_SYNTAX_ERROR',
        message: 'The text could not be imported: 1:30: expected NULL after NOT',
        details: [{ path: '1:30', code: 'SYNTAX_ERROR', severity: 'error', message: 'expected NULL after NOT', line: 1, column: 30 }],
      },
    })
    const refused = mount(ImportSchemaDialog, { attachTo: document.body })
    await field(refused, 'Schema text').setValue('CREATE TABLE t (id int NOT);')
    await refused.find('form').trigger('submit')
    await flushPromises()
    expect(refused.find('[role="alert"]').text()).toBe('The text could not be imported: 1:30: expected NULL after NOT')
    expect(refused.emitted('open')).toBeUndefined()
    refused.unmount()
  })

  it('asks for a text instead of sending an empty one', async () => {
    const fetch = answering(201, project())
    const wrapper = mount(ImportSchemaDialog, { attachTo: document.body })
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.find('[role="alert"]').text()).toBe('Paste the schema text or choose a file.')
    wrapper.unmount()
  })
})
