import type { Column, Value, ValueKind } from '../api/studio'

/** A byte value as the Studio sends it. */
export interface Bytes {
  hex: string
  size: number
}

export function isBytes(value: Value): value is { hex: string; size: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Record<string, Value>).hex === 'string' &&
    typeof (value as Record<string, Value>).size === 'number'
  )
}

/** How a value reads in the grid. NULL is shown as the word NULL (styled apart by the grid). */
export function displayValue(value: Value, kind: ValueKind | undefined): string {
  if (value === null) return 'NULL'
  if (kind === 'bytes' && isBytes(value)) {
    const shown = value.hex.length > 32 ? `${value.hex.slice(0, 32)}…` : value.hex
    return `\\x${shown} (${value.size} ${value.size === 1 ? 'byte' : 'bytes'})`
  }
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** The kind of editor that fits a column. */
export type EditorKind = 'boolean' | 'number' | 'date' | 'time' | 'datetime' | 'json' | 'enum' | 'text'

export function editorKind(column: Column): EditorKind {
  switch (column.kind) {
    case 'boolean':
      return 'boolean'
    case 'integer':
    case 'decimal':
    case 'float':
      return 'number'
    case 'date':
      return 'date'
    case 'time':
      return 'time'
    case 'timestamp':
      return 'datetime'
    case 'json':
    case 'array':
      return 'json'
    case 'enum':
      return column.enumValues && column.enumValues.length > 0 ? 'enum' : 'text'
    default:
      return 'text'
  }
}

/** The text an editor starts with for {@code value}. */
export function toEditText(value: Value, column: Column): string {
  if (value === null) return ''
  const kind = editorKind(column)
  if (kind === 'json') return JSON.stringify(value, null, 2)
  if (column.kind === 'bytes' && isBytes(value)) return value.hex
  if (kind === 'datetime' && typeof value === 'string') return value.slice(0, 23)
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

export type Parsed = { ok: true; value: Value } | { ok: false; message: string }

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/
const INTEGER = /^-?\d+$/

/**
 * The value to send for what was typed. Numbers travel as strings so that big integers and exact
 * decimals keep every digit; JSON must parse.
 */
export function fromEditText(text: string, column: Column): Parsed {
  const kind = editorKind(column)
  switch (kind) {
    case 'boolean':
      if (text === 'true') return { ok: true, value: true }
      if (text === 'false') return { ok: true, value: false }
      return { ok: false, message: 'Choose true or false' }
    case 'number': {
      const trimmed = text.trim()
      const pattern = column.kind === 'integer' ? INTEGER : NUMBER
      const special = column.kind === 'float' && ['NaN', 'Infinity', '-Infinity'].includes(trimmed)
      if (!pattern.test(trimmed) && !special) {
        return { ok: false, message: column.kind === 'integer' ? 'Enter a whole number' : 'Enter a number' }
      }
      return { ok: true, value: trimmed }
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as Value }
      } catch (error) {
        return { ok: false, message: `Not valid JSON: ${(error as Error).message}` }
      }
    default:
      return { ok: true, value: text }
  }
}
