// CSV (RFC 4180) for spreadsheets, written by csv-stringify. One header row; CRLF line ends;
// a UTF-8 byte order mark so Excel reads Khmer, Lao, Thai, Burmese and Vietnamese names right;
// arrays joined with ';'; cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR
// at the start) are prefixed with ' (csv-stringify's escape_formulas; OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync'
import { EDGE_RESERVED, LIST_SEPARATOR, NODE_RESERVED, propertyColumns, type Graph } from './graph.js'

/** A table column: a key of the row (a dotted key reads a nested field, e.g. `location.latitude`) and its header. */
export interface Column {
  key: string
  header?: string
}

const NODE_COLUMNS = ['id', 'kind', 'name', 'latitude', 'longitude', 'labels']
const EDGE_COLUMNS = ['id', 'type', 'from', 'from_name', 'to', 'to_name']

/** One row per node: id, kind, name, latitude, longitude, labels, then every property (sorted by key). */
export function graphToCsv (graph: Graph): string {
  const props = propertyColumns(graph.nodes, NODE_RESERVED)
  const header = [...NODE_COLUMNS, ...props.map((p) => p.name)]
  const records = graph.nodes.map((n) => [
    n.id, n.kind, n.name, n.location?.latitude, n.location?.longitude, n.labels,
    ...props.map((p) => n.properties[p.key])
  ].map(cell))
  return write(header, records)
}

/** One row per edge, with the names of both ends: id, type, from, from_name, to, to_name, then every property. */
export function graphEdgesToCsv (graph: Graph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]))
  const props = propertyColumns(graph.edges, EDGE_RESERVED)
  const header = [...EDGE_COLUMNS, ...props.map((p) => p.name)]
  const records = graph.edges.map((e) => [
    e.id, e.type, e.from, names.get(e.from), e.to, names.get(e.to),
    ...props.map((p) => e.properties[p.key])
  ].map(cell))
  return write(header, records)
}

/** Rows of a list as CSV, in the order of `columns` (plain keys, or {key, header}). */
export function rowsToCsv (columns: ReadonlyArray<string | Column>, rows: ReadonlyArray<Record<string, unknown>>): string {
  const cols = columns.map((c) => typeof c === 'string' ? { key: c, header: c } : { key: c.key, header: c.header ?? c.key })
  const records = rows.map((row) => cols.map((c) => cell(read(row, c.key))))
  return write(cols.map((c) => c.header), records)
}

/** The columns a list of rows has, in order of first appearance (for callers without a fixed list). */
export function columnsOf (rows: ReadonlyArray<Record<string, unknown>>): string[] {
  const seen = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key)
  return [...seen]
}

function read (row: Record<string, unknown>, key: string): unknown {
  if (key in row || !key.includes('.')) return row[key]
  let value: unknown = row
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** A cell: numbers stay numbers (so csv-stringify knows -3 is not a formula); the rest becomes text. */
function cell (value: unknown): string | number | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) return value.map((v) => v === null || v === undefined ? '' : String(v)).join(LIST_SEPARATOR)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function write (header: string[], records: Array<Array<string | number | undefined>>): string {
  return stringify([header, ...records], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true
  })
}

