import { describe, expect, it } from 'vitest'
import { formatFilter, formatLocation, inValue, parseFilter, parseLocation } from './urlState'

describe('the URL state', () => {
  it('round-trips table, page, sort, filters and cursor', () => {
    const location = parseLocation(
      '?schema=public&table=user&page=3&limit=100&sort=name%3Adesc&filter=email%3Acontains%3A%40example&filter=age%3Agte%3A18&after=abc',
    )
    expect(location).toEqual({
      view: 'rows',
      schema: 'public',
      table: 'user',
      page: 3,
      limit: 100,
      sort: 'name:desc',
      filters: ['email:contains:@example', 'age:gte:18'],
      after: 'abc',
      before: null,
    })
    expect(parseLocation(formatLocation(location))).toEqual(location)
  })

  it('falls back to defaults for malformed values', () => {
    const location = parseLocation('?page=-4&limit=7&view=evil')
    expect(location.page).toBe(1)
    expect(location.limit).toBe(50)
    expect(location.view).toBe('rows')
    expect(formatLocation(location)).toBe('')
  })
})

describe('filters', () => {
  it('reads the column up to the first operator, so values keep their colons', () => {
    expect(parseFilter('created_at:gte:2024-01-01T10:00:00')).toEqual({
      column: 'created_at',
      op: 'gte',
      value: '2024-01-01T10:00:00',
    })
    expect(parseFilter('a:b:eq:5')).toEqual({ column: 'a:b', op: 'eq', value: '5' })
    expect(parseFilter('email:null')).toEqual({ column: 'email', op: 'null', value: '' })
    expect(parseFilter('nonsense')).toBeNull()
  })

  it('writes unary operators without a value and lists as JSON', () => {
    expect(formatFilter({ column: 'x', op: 'notnull', value: 'ignored' })).toBe('x:notnull')
    expect(inValue('1, 2,three')).toBe('["1","2","three"]')
    expect(inValue('[1,2]')).toBe('[1,2]')
    expect(inValue('')).toBe('[]')
  })
})
