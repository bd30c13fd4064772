// Reading partner files for `npm run import`: CSV (a documented column mapping) or NDJSON (one
// record per line, exactly as the sync API takes them), streamed record by record.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { parse } from 'csv-parse'
import type { NodeSyncKind, SyncKind } from '../modules/sync/records.js'

/** CSV columns per kind; list cells are separated by ';'. */
export const CSV_COLUMNS: Record<NodeSyncKind, Record<string, 'string' | 'number' | 'integer' | 'list' | 'boolean'>> = {
  stakeholders: {
    externalId: 'string', kind: 'string', name: 'string', description: 'string', website: 'string',
    latitude: 'number', longitude: 'number', founded: 'integer', size: 'string', tags: 'list',
    province: 'string', country: 'string', sectors: 'list', stages: 'list'
  },
  destinations: {
    externalId: 'string', name: 'string', description: 'string', kinds: 'list', latitude: 'number', longitude: 'number',
    province: 'string', country: 'string', whcId: 'integer', inscribed: 'integer', category: 'string', status: 'string'
  },
  products: { externalId: 'string', name: 'string', description: 'string', green: 'boolean', certified: 'string', sectors: 'list' }
}

export class ImportFileError extends Error {}

export interface SourceRecord { line: number, record: unknown, problem?: string }

function cell (value: string, type: string): unknown {
  const v = value.trim()
  if (type === 'list') return v.split(';').map((x) => x.trim()).filter(Boolean)
  if (type === 'number' || type === 'integer') return Number(v) // invalid numbers become NaN → schema error per row
  if (type === 'boolean') return v === 'true' ? true : v === 'false' ? false : v
  return v
}

/** One CSV row as a sync record: empty cells are left out, latitude+longitude become location. */
export function csvRowToRecord (kind: NodeSyncKind, row: Record<string, string>): Record<string, unknown> {
  const columns = CSV_COLUMNS[kind]
  const record: Record<string, unknown> = {}
  for (const [name, raw] of Object.entries(row)) {
    if (raw === undefined || raw.trim() === '') continue
    const type = columns[name]!
    if (name === 'latitude' || name === 'longitude') continue
    record[name] = cell(raw, type)
  }
  if ((row.latitude ?? '').trim() !== '' || (row.longitude ?? '').trim() !== '') {
    record.location = { latitude: cell(row.latitude ?? '', 'number'), longitude: cell(row.longitude ?? '', 'number') }
  }
  return record
}

export function checkCsvHeader (kind: NodeSyncKind, header: string[]): void {
  const allowed = Object.keys(CSV_COLUMNS[kind])
  const unknown = header.filter((h) => !allowed.includes(h))
  if (unknown.length > 0) throw new ImportFileError(`unknown CSV column(s) ${unknown.join(', ')}; the columns for ${kind} are: ${allowed.join(', ')}`)
  if (!header.includes('externalId')) throw new ImportFileError('the CSV needs an externalId column')
}

export function formatOf (file: string): 'csv' | 'ndjson' {
  if (/\.csv$/i.test(file)) return 'csv'
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson'
  throw new ImportFileError(`cannot tell the format of ${file}: name it .csv, .ndjson or .jsonl`)
}

/** Streams the records of a file; a line that cannot be read becomes a record with a problem. */
export async function * readRecords (file: string, kind: SyncKind): AsyncGenerator<SourceRecord> {
  if (formatOf(file) === 'ndjson') {
    let line = 0
    for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      line++
      if (text.trim() === '') continue
      try {
        yield { line, record: JSON.parse(text) }
      } catch {
        yield { line, record: null, problem: 'not valid JSON' }
      }
    }
    return
  }
  if (kind === 'links') throw new ImportFileError('links import from NDJSON only (their ends are objects)')
  const parser = createReadStream(file).pipe(parse({ columns: (header: string[]) => { checkCsvHeader(kind, header); return header }, bom: true, trim: false, relax_column_count: false, skip_empty_lines: true }))
  let line = 1
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    line++
    yield { line, record: csvRowToRecord(kind, row) }
  }
}

export async function countRecords (file: string, kind: SyncKind): Promise<number> {
  let n = 0
  for await (const _ of readRecords(file, kind)) n++
  return n
}
