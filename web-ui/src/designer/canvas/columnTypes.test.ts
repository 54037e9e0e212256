import { describe, expect, it } from 'vitest'
import { COLUMN_TYPES, canAutoIncrement, columnType, engineOf, typeLabel, withAutoIncrement } from './columnTypes'

describe('column types', () => {
  it("has the server's 47 types with their parameters", () => {
    expect(COLUMN_TYPES).toHaveLength(47)
    expect(columnType('double   precision')?.name).toBe('DOUBLE PRECISION')
    expect(columnType('VARCHAR')?.takesLength).toBe(true)
    expect(columnType('NUMERIC')?.takesPrecision).toBe(true)
    expect(columnType('HALFVEC')?.takesDimension).toBe(true)
    expect(columnType('NOPE')).toBeUndefined()
  })

  it('knows what each engine makes of a type', () => {
    expect(columnType('TIMESTAMPTZ')!.engines.MySQL).toEqual({ native: 'DATETIME(6)', mapped: true, keyable: true })
    expect(columnType('TEXT')!.engines.MySQL).toEqual({ native: 'LONGTEXT', mapped: false, keyable: false })
    expect(columnType('JSONB')!.engines.PostgreSQL).toEqual({ native: 'JSONB', mapped: false, keyable: true })
  })

  it('switches auto-increment between integers and serials', () => {
    expect(withAutoIncrement('INTEGER', true)).toBe('SERIAL')
    expect(withAutoIncrement('BIGSERIAL', false)).toBe('BIGINT')
    expect(withAutoIncrement('TEXT', true)).toBe('TEXT')
    expect(canAutoIncrement('SMALLINT')).toBe(true)
    expect(canAutoIncrement('VARCHAR')).toBe(false)
  })

  it('labels types with their parameters and reads engine names like the server', () => {
    expect(typeLabel({ type: 'VARCHAR', length: 255 })).toBe('VARCHAR(255)')
    expect(typeLabel({ type: 'DECIMAL', precision: 3, scale: 1 })).toBe('DECIMAL(3,1)')
    expect(typeLabel({ type: 'TEXT', length: 3 })).toBe('TEXT')
    expect(engineOf('mariadb')).toBe('MySQL')
    expect(engineOf('sqlite3')).toBe('SQLite')
    expect(engineOf(undefined)).toBe('PostgreSQL')
  })
})
