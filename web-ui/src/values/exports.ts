import type { Value } from '../api/studio'
import { isBytes } from './cells'

/** One value as a CSV field's text: NULL is empty, JSON is JSON text, bytes are hex. */
function csvText(value: Value): string {
  if (value === null) return ''
  if (isBytes(value)) return value.hex
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text.startsWith(' ') || text.endsWith(' ')
    ? `"${text.replace(/"/g, '""')}"`
    : text
}

/** RFC 4180 CSV with a header line. */
export function toCsv(columns: string[], rows: Value[][]): string {
  const lines = [columns.map(csvField).join(',')]
  for (const row of rows) {
    lines.push(row.map((value) => csvField(csvText(value))).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** An array of objects, one per row, as pretty JSON. */
export function toJson(columns: string[], rows: Value[][]): string {
  return `${JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i] ?? null]))),
    null,
    2,
  )}\n`
}

/** Offers {@code text} as a file download. */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
