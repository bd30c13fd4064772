// Loads a synthetic ecosystem through the bulk path (syncBatch, the code behind
// POST /sync/{source}/{kind}), batch by batch in load order, waiting out database outages.
import type { Database } from '../db/database.js'
import { retryWhileUnavailable } from '../db/retry.js'
import { syncBatch, type RecordError } from '../modules/sync/service.js'
import type { SyntheticBatch, SyntheticKind } from './synthetic.js'

export interface LoadTotals { created: number, updated: number, unchanged: number, failed: number }
export interface LoadSummary {
  perKind: Record<SyntheticKind, LoadTotals & { records: number }>
  totals: LoadTotals & { records: number }
  seconds: number
  recordsPerSecond: number
  /** the first few rejected records, to show what went wrong */
  errors: (RecordError & { kind: SyntheticKind })[]
}

export interface LoadOptions {
  source: string
  dryRun?: boolean
  retryForMs?: number
  onBatch?: (done: number, kind: SyntheticKind) => void
  log?: (line: string) => void
}

const zero = () => ({ records: 0, created: 0, updated: 0, unchanged: 0, failed: 0 })

export async function loadSynthetic (db: Database, batches: Iterable<SyntheticBatch>, options: LoadOptions): Promise<LoadSummary> {
  const started = Date.now()
  const perKind: LoadSummary['perKind'] = { stakeholders: zero(), destinations: zero(), products: zero(), regulations: zero(), initiatives: zero(), links: zero() }
  const totals = zero()
  const errors: LoadSummary['errors'] = []
  for (const batch of batches) {
    const report = await retryWhileUnavailable(() => syncBatch(db, batch.kind, options.source, batch.records, { mode: 'partial', dryRun: options.dryRun ?? false }), { retryForMs: options.retryForMs ?? 120_000, log: options.log })
    for (const t of [perKind[batch.kind], totals]) {
      t.records += batch.records.length
      t.created += report.created
      t.updated += report.updated
      t.unchanged += report.unchanged
      t.failed += report.failed
    }
    for (const e of report.errors) if (errors.length < 20) errors.push({ ...e, kind: batch.kind })
    options.onBatch?.(totals.records, batch.kind)
  }
  const seconds = (Date.now() - started) / 1000
  return { perKind, totals, seconds: Math.round(seconds * 10) / 10, recordsPerSecond: Math.round(totals.records / Math.max(seconds, 0.001)), errors }
}
