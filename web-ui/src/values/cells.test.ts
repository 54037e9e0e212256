import { describe, expect, it } from 'vitest'
import type { Column } from '../api/studio'
import { displayValue, editorKind, fromEditText, toEditText } from './cells'

function column(kind: Column['kind'], extra: Partial<Column> = {}): Column {
  return {
    name: 'c',
    type: kind,
    kind,
    nullable: true,
    default: null,
    primaryKey: false,
    generated: false,
    required: false,
    ...extra,
  }
}

describe('cell values', () => {
  it('shows NULL, bytes with their size, JSON as JSON and big numbers exactly', () => {
    expect(displayValue(null, 'text')).toBe('NULL')
    expect(displayValue({ hex: '00ff10', size: 3 }, 'bytes')).toBe('\\x00ff10 (3 bytes)')
    expect(displayValue({ a: [1, 2] }, 'json')).toBe('{"a":[1,2]}')
    expect(displayValue('9007199254740993', 'integer')).toBe('9007199254740993')
  })

  it('chooses an editor that fits the type', () => {
    expect(editorKind(column('boolean'))).toBe('boolean')
    expect(editorKind(column('decimal'))).toBe('number')
    expect(editorKind(column('json'))).toBe('json')
    expect(editorKind(column('enum', { enumValues: ['a', 'b'] }))).toBe('enum')
    expect(editorKind(column('timestamp'))).toBe('datetime')
  })

  it('keeps numbers as text so no digit is lost', () => {
    expect(fromEditText('12345678901234567890', column('integer'))).toEqual({ ok: true, value: '12345678901234567890' })
    expect(fromEditText('12.50', column('decimal'))).toEqual({ ok: true, value: '12.50' })
    expect(fromEditText('1.5', column('integer')).ok).toBe(false)
    expect(fromEditText('abc', column('float')).ok).toBe(false)
  })

  it('validates JSON', () => {
    expect(fromEditText('{"a": 1}', column('json'))).toEqual({ ok: true, value: { a: 1 } })
    const invalid = fromEditText('{"a": ', column('json'))
    expect(invalid.ok).toBe(false)
    expect(toEditText({ a: 1 }, column('json'))).toBe('{\n  "a": 1\n}')
  })
})
