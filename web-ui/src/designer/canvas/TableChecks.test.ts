import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { computed, defineComponent, h, ref, shallowRef } from 'vue'
import TableInspector from './TableInspector.vue'
import type { SchemaDocument, Table } from './document'
import { provideEditor, type LocatedProblem } from './editorContext'
import { renameColumnInCheck, spelledName } from './checkExpressions'
import { addCheck, copyElements, deleteCheck, pasteElements, updateCheck, updateColumn } from './operations'
import { placeOf, targetOf, type Problem } from './problems'

const doc: SchemaDocument = {
  tables: [
    {
      id: 't',
      name: 'product',
      columns: [
        { id: 'id', name: 'id', type: 'BIGINT', primaryKey: true },
        { id: 'p', name: 'price', type: 'DECIMAL' },
      ],
      checks: [{ id: 'k1', name: 'positive', expression: 'price >= 0', 'x-kept': 1 }],
    },
  ],
  relations: [],
}

describe('checks in the document', () => {
  it('add, update and delete a check; none left means no checks member at all', () => {
    const { doc: added, checkId } = addCheck(doc, 't', 'price < 10')
    expect(added.tables[0]!.checks!.map((c) => c.expression)).toEqual(['price >= 0', 'price < 10'])
    const renamed = updateCheck(added, 't', 'k1', { name: undefined, expression: 'price > 0' })
    expect(renamed.tables[0]!.checks![0]).toEqual({ id: 'k1', expression: 'price > 0', 'x-kept': 1 })
    const none = deleteCheck(deleteCheck(renamed, 't', 'k1'), 't', checkId)
    expect('checks' in none.tables[0]!).toBe(false)
    expect(doc.tables[0]!.checks).toHaveLength(1)
  })

  it('a pasted table gets new check ids and no check names (they may be unique per schema)', () => {
    const pasted = pasteElements(doc, copyElements(doc, ['t']))
    const copy = pasted.doc.tables[1]!
    expect(copy.checks).toHaveLength(1)
    expect(copy.checks![0]!.id).not.toBe('k1')
    expect(copy.checks![0]!.name).toBeUndefined()
    expect(copy.checks![0]!.expression).toBe('price >= 0')
  })

  it('renaming a column rewrites its checks, leaving strings, functions and other names alone', () => {
    expect(renameColumnInCheck(`price >= 0 AND "price" < 9 AND name <> 'price' AND price_2 > 0`, 'price', 'Unit Price')).toBe(
      `"Unit Price" >= 0 AND "Unit Price" < 9 AND name <> 'price' AND price_2 > 0`,
    )
    expect(renameColumnInCheck('lower(lower) = upper(lower)', 'lower', 'name')).toBe('lower(name) = upper(name)')
    expect(renameColumnInCheck(`"a""b" > 0 AND 'it''s' <> a`, 'a"b', 'and')).toBe(`"and" > 0 AND 'it''s' <> a`)
    expect(renameColumnInCheck(`"unterminated > 0`, 'unterminated > 0', 'x')).toBe(`"unterminated > 0`)
    expect(spelledName('ok_1')).toBe('ok_1')
    expect(spelledName('名前')).toBe('"名前"')
    const renamed = updateColumn(doc, 't', 'p', { name: 'cost' })
    expect(renamed.tables[0]!.checks![0]).toEqual({ id: 'k1', name: 'positive', expression: 'cost >= 0', 'x-kept': 1 })
    const typed = updateColumn(doc, 't', 'p', { type: 'INTEGER' })
    expect(typed.tables[0]!.checks).toBe(doc.tables[0]!.checks)
  })

  it('a problem at tables[0].checks[0].expression points at the check', () => {
    expect(targetOf(doc, 'data.tables[0].checks[0].expression')).toEqual({ kind: 'table', tableId: 't', checkId: 'k1' })
    expect(placeOf(doc, 'tables[0].checks[0].expression')).toBe('product check positive')
  })
})

function inspector(problems: Problem[] = []) {
  const current = shallowRef<SchemaDocument>(structuredClone(doc))
  const labels: string[] = []
  const Host = defineComponent({
    setup() {
      provideEditor({
        doc: current,
        engine: computed(() => 'PostgreSQL' as const),
        readOnly: computed(() => false),
        problems: computed(() =>
          problems.map(
            (problem): LocatedProblem => ({
              problem,
              target: targetOf(current.value, problem.path),
              place: placeOf(current.value, problem.path),
              severity: 'error',
            }),
          ),
        ),
        focusColumn: ref(null),
        commit(next, label) {
          current.value = next
          labels.push(label)
        },
      })
      return () => h(TableInspector, { table: current.value.tables[0] as Table })
    },
  })
  return { wrapper: mount(Host, { attachTo: document.body }), current, labels }
}

describe('TableInspector checks', () => {
  it('shows a table’s checks and lets the user add, edit and remove one', async () => {
    const { wrapper, current, labels } = inspector()
    const fieldset = wrapper.find('fieldset[aria-label="Check positive"]')
    expect((fieldset.find('input[name="checkExpression"]').element as HTMLInputElement).value).toBe('price >= 0')

    await wrapper.findAll('button').find((b) => b.text() === 'Add check')!.trigger('click')
    expect(current.value.tables[0]!.checks).toHaveLength(2)
    expect(current.value.tables[0]!.checks![1]!.expression).toBe('price IS NOT NULL')

    const second = wrapper.findAll('input[name="checkExpression"]')[1]!
    await second.setValue('price <> 13')
    await wrapper.findAll('input[name="checkName"]')[1]!.setValue('not_13')
    expect(current.value.tables[0]!.checks![1]).toMatchObject({ expression: 'price <> 13', name: 'not_13' })

    await wrapper.find('button[aria-label="Delete check positive"]').trigger('click')
    expect(current.value.tables[0]!.checks!.map((c) => c.name)).toEqual(['not_13'])
    expect(labels).toEqual(['Add check', 'Change check', 'Rename check', 'Delete check'])
    wrapper.unmount()
  })

  it('shows the server’s problem under the check it is about, not under the table', () => {
    const { wrapper } = inspector([
      { path: 'data.tables[0].checks[0].expression', code: 'INVALID_CHECK', severity: 'error', message: 'at column 1: table "product" has no column "prise"' },
    ])
    const fieldset = wrapper.find('fieldset[aria-label="Check positive"]')
    expect(fieldset.find('.dbk-inline-problems').text()).toContain('has no column "prise"')
    expect(wrapper.findAll('.dbk-inline-problems')).toHaveLength(1)
    wrapper.unmount()
  })
})
