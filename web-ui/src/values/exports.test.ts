import { describe, expect, it } from 'vitest'
import { toCsv, toJson } from './exports'

describe('exports', () => {
  it('writes RFC 4180 CSV with quoting, NULL as empty, JSON as text', () => {
    const csv = toCsv(['id', 'name', 'data'], [
      [1, 'Ada, "the first"', { a: 1 }],
      [2, null, null],
    ])
    expect(csv).toBe('id,name,data\r\n1,"Ada, ""the first""","{""a"":1}"\r\n2,,\r\n')
  })

  it('writes JSON objects per row', () => {
    expect(JSON.parse(toJson(['id', 'big'], [[1, '9007199254740993']]))).toEqual([{ id: 1, big: '9007199254740993' }])
  })
})
