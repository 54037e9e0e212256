/** What a person would bookmark: the view, the table, and the page, sort and filters of its rows. */
export interface StudioLocation {
  view: 'rows' | 'structure' | 'sql' | 'project'
  schema: string | null
  table: string | null
  page: number
  limit: number
  sort: string | null
  filters: string[]
  after: string | null
  before: string | null
}

export const PAGE_SIZES = [25, 50, 100, 500] as const
export const DEFAULT_LIMIT = 50

const VIEWS: StudioLocation['view'][] = ['rows', 'structure', 'sql', 'project']

/** Reads a location from a query string; unknown or malformed parameters fall back to defaults. */
export function parseLocation(search: string): StudioLocation {
  const params = new URLSearchParams(search)
  const view = params.get('view')
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  const limit = Number.parseInt(params.get('limit') ?? String(DEFAULT_LIMIT), 10)
  return {
    view: VIEWS.includes(view as StudioLocation['view']) ? (view as StudioLocation['view']) : 'rows',
    schema: params.get('schema'),
    table: params.get('table'),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
    sort: params.get('sort'),
    filters: params.getAll('filter'),
    after: params.get('after'),
    before: params.get('before'),
  }
}

/** The query string of a location (defaults left out, so shared links stay short). */
export function formatLocation(location: StudioLocation): string {
  const params = new URLSearchParams()
  if (location.view !== 'rows') params.set('view', location.view)
  if (location.schema !== null) params.set('schema', location.schema)
  if (location.table !== null) params.set('table', location.table)
  if (location.page !== 1) params.set('page', String(location.page))
  if (location.limit !== DEFAULT_LIMIT) params.set('limit', String(location.limit))
  if (location.sort) params.set('sort', location.sort)
  for (const filter of location.filters) params.append('filter', filter)
  if (location.after) params.set('after', location.after)
  if (location.before) params.set('before', location.before)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

/** A filter as the URL and the API write it: {@code column:op:value}. */
export interface Filter {
  column: string
  op: FilterOp
  value: string
}

export type FilterOp =
  | 'eq'
  | 'ne'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'contains'
  | 'startswith'
  | 'null'
  | 'notnull'
  | 'in'

export const FILTER_OPS: { op: FilterOp; label: string; unary?: boolean }[] = [
  { op: 'eq', label: '=' },
  { op: 'ne', label: '≠' },
  { op: 'lt', label: '<' },
  { op: 'lte', label: '≤' },
  { op: 'gt', label: '>' },
  { op: 'gte', label: '≥' },
  { op: 'contains', label: 'contains' },
  { op: 'startswith', label: 'starts with' },
  { op: 'null', label: 'is null', unary: true },
  { op: 'notnull', label: 'is not null', unary: true },
  { op: 'in', label: 'in' },
]

const OPS = new Set<string>(FILTER_OPS.map((o) => o.op))

export function formatFilter(filter: Filter): string {
  const unary = filter.op === 'null' || filter.op === 'notnull'
  return unary ? `${filter.column}:${filter.op}` : `${filter.column}:${filter.op}:${filter.value}`
}

/** Reads {@code column:op:value} the way the server does: the column ends at the first {@code :op}. */
export function parseFilter(text: string): Filter | null {
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    const rest = text.slice(colon + 1)
    const end = rest.indexOf(':')
    const op = end < 0 ? rest : rest.slice(0, end)
    if (!OPS.has(op)) continue
    const value = end < 0 ? '' : rest.slice(end + 1)
    if ((op === 'null' || op === 'notnull') && value !== '') continue
    return { column: text.slice(0, colon), op: op as FilterOp, value }
  }
  return null
}

/** Values for an {@code in} filter typed as a comma-separated list become the JSON array the API takes. */
export function inValue(typed: string): string {
  const trimmed = typed.trim()
  if (trimmed.startsWith('[')) return trimmed
  return JSON.stringify(trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim()))
}
