import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import blogJson from './fixtures/blog.document.json'
import { toDocument } from './document'
import RelationDialog from './RelationDialog.vue'

const blog = toDocument(structuredClone(blogJson))

function dialog(initial = {}, editing = false) {
  return mount(RelationDialog, { props: { doc: blog, initial, editing }, attachTo: document.body })
}

function field(wrapper: ReturnType<typeof dialog>, label: string) {
  const found = wrapper.findAll('label').find((l) => l.text().startsWith(label))
  if (!found) throw new Error(`no field ${label}`)
  return found.find('select, input')
}

describe('the relation dialog', () => {
  it('is a dialog labelled by its title; the target column defaults to the key', () => {
    const wrapper = dialog({ sourceTableId: 't-posts' })
    const element = wrapper.find('[role="dialog"]')
    const title = document.getElementById(element.attributes('aria-labelledby')!)
    expect(title?.textContent).toBe('New relation')
    expect((field(wrapper, 'Source column').element as HTMLSelectElement).value).toBe('c-author_id-5e016d')
    expect((field(wrapper, 'Target table').element as HTMLSelectElement).value).toBe('t-users')
    expect((field(wrapper, 'Target column').element as HTMLSelectElement).value).toBe('c-id-1b906c')
    wrapper.unmount()
  })

  it('Enter in a select creates the relation with the chosen type and actions', async () => {
    const wrapper = dialog({ sourceTableId: 't-comments' })
    await field(wrapper, 'Source column').setValue('c-post_id-8250f3')
    await field(wrapper, 'Target table').setValue('t-posts')
    await field(wrapper, 'Relation type').setValue('1:1')
    await field(wrapper, 'On delete').setValue('CASCADE')
    await field(wrapper, 'On update').trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('submit')![0]![0]).toEqual({
      sourceTableId: 't-comments',
      sourceColumnId: 'c-post_id-8250f3',
      targetTableId: 't-posts',
      targetColumnId: 'c-id-22f8a5',
      type: '1:1',
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    })
    wrapper.unmount()
  })

  it('refuses a column referencing itself, and Escape closes', async () => {
    const wrapper = dialog({ sourceTableId: 't-users', sourceColumnId: 'c-id-1b906c', targetTableId: 't-users', targetColumnId: 'c-id-1b906c' })
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toContain('cannot reference itself')
    await wrapper.find('[role="dialog"]').trigger('keydown', { key: 'Escape' })
    expect(wrapper.emitted('close')).toHaveLength(1)
    wrapper.unmount()
  })

  it('clearing the name of an edited relation removes it (the edit is a patch)', async () => {
    const wrapper = dialog({ ...blog.relations[0]!, name: 'authored' }, true)
    await field(wrapper, 'Relation name').setValue('  ')
    await wrapper.find('form').trigger('submit')
    const submitted = wrapper.emitted('submit')![0]![0] as Record<string, unknown>
    expect(submitted).toHaveProperty('name', undefined)
    wrapper.unmount()
  })

  it('edits keep the relation’s other members and offer Delete relation', async () => {
    const wrapper = dialog({ ...blog.relations[0]!, futureMember: 1 }, true)
    expect(wrapper.find('h2').text()).toBe('Edit relation')
    await wrapper.find('form').trigger('submit')
    const submitted = wrapper.emitted('submit')![0]![0] as Record<string, unknown>
    expect(submitted.futureMember).toBe(1)
    expect(submitted.id).toBeUndefined()
    const remove = wrapper.findAll('button').find((b) => b.text() === 'Delete relation')!
    await remove.trigger('click')
    expect(wrapper.emitted('remove')).toHaveLength(1)
    wrapper.unmount()
  })
})

describe('the relation dialog with a composite foreign key', () => {
  // comments(post_id, author_id) -> post_tags(post_id, tag_id): the columns only matter to the dialog
  const composite = {
    id: 'r-c',
    sourceTableId: 't-comments',
    sourceColumnId: 'c-post_id-8250f3',
    targetTableId: 't-post-tags',
    targetColumnId: 'c-post_id-bc0fde',
    additionalColumns: [{ sourceColumnId: 'c-author_id-114efd', targetColumnId: 'c-tag_id-344dc7', note: 'kept' }],
    type: '1:N',
  }

  it('lists the further pairs by label and keeps them, with their unknown members, on submit', async () => {
    const wrapper = dialog(composite, true)
    expect((field(wrapper, 'Source column 2').element as HTMLSelectElement).value).toBe('c-author_id-114efd')
    expect((field(wrapper, 'Target column 2').element as HTMLSelectElement).value).toBe('c-tag_id-344dc7')
    await wrapper.find('form').trigger('submit')
    const submitted = wrapper.emitted('submit')![0]![0] as Record<string, unknown>
    expect(submitted.additionalColumns).toEqual(composite.additionalColumns)
    wrapper.unmount()
  })

  it('adds a pair, changes it, and removes it again', async () => {
    const wrapper = dialog({ sourceTableId: 't-comments', targetTableId: 't-post-tags' })
    const add = wrapper.findAll('button').find((b) => b.text() === 'Add column pair')!
    await add.trigger('click')
    await field(wrapper, 'Source column 2').setValue('c-author_id-114efd')
    expect((field(wrapper, 'Target column 2').element as HTMLSelectElement).value).toBe('c-tag_id-344dc7')
    await wrapper.find('form').trigger('submit')
    expect((wrapper.emitted('submit')![0]![0] as Record<string, unknown>).additionalColumns).toEqual([
      { sourceColumnId: 'c-author_id-114efd', targetColumnId: 'c-tag_id-344dc7' },
    ])
    await wrapper.find('button[aria-label="Remove column pair 2"]').trigger('click')
    await wrapper.find('form').trigger('submit')
    expect((wrapper.emitted('submit')![1]![0] as Record<string, unknown>).additionalColumns).toBeUndefined()
    wrapper.unmount()
  })

  it('refuses a column twice and pairs on an N:M relation, showing why', async () => {
    const wrapper = dialog(composite, true)
    await field(wrapper, 'Source column 2').setValue('c-post_id-8250f3')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toContain('only once')
    await field(wrapper, 'Source column 2').setValue('c-author_id-114efd')
    await field(wrapper, 'Relation type').setValue('N:M')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toContain('N:M')
    wrapper.unmount()
  })

  it('drops the pairs whose columns are not in a newly chosen table', async () => {
    const wrapper = dialog(composite, true)
    await field(wrapper, 'Target table').setValue('t-users')
    expect(wrapper.find('select[name="targetColumn2"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
