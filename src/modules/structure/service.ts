// GET /analysis/structure's work: read the projection (the named query structure-projection) and
// analyse it (analyse.ts). Both are heavy at 20,000 stakeholders: the driver decodes the projection,
// one record of ~17 MB, in one synchronous step of seconds, and the analysis takes seconds of CPU.
// So the route runs `structure` inside the structure worker (pool.ts, worker.ts), never on the
// event loop; it stays callable in-process for scripts (scripts/structure-bench.ts).
import { performance } from 'node:perf_hooks'
import type { Database } from '../../db/database.js'
import type { NamedQuery } from '../queries/registry.js'
import { runQuery } from '../queries/run.js'
import { analyseStructure, type Projection, type ProjectionLink, type ProjectionNode, type StructureAnalysis } from './analyse.js'

export * from './analyse.js'

type Queries = Map<string, NamedQuery>

export interface StructureParams { country?: string, sector?: string, top?: number, maxNodes?: number }

export type StructureResult = Omit<StructureAnalysis, 'timing'> & {
  filter: { country: string | null, sector: string | null }
  timing: { queryMs: number, analysisMs: number }
}

export const DEFAULT_TOP = 10
export const DEFAULT_SEED = 42
/** The projection may take longer than an ordinary query at 20,000 stakeholders. */
export const PROJECTION_TIMEOUT_MS = 60_000

export async function loadProjection (db: Database, queries: Queries, params: { country?: string | null, sector?: string | null, maxNodes?: number }): Promise<Projection> {
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined))
  const records = await runQuery(db, queries, 'structure-projection', given, 'querystring', PROJECTION_TIMEOUT_MS)
  const r = records[0]
  if (r === undefined) return { nodes: [], links: [], capped: false }
  return {
    nodes: (r.get('nodes') as ProjectionNode[]).map((n) => ({ ...n, name: n.name ?? null, country: n.country ?? null })),
    links: r.get('links') as ProjectionLink[],
    capped: Boolean(r.get('capped'))
  }
}

/** Reads and analyses in the calling thread: seconds of blocking on a large network. */
export async function structure (db: Database, queries: Queries, params: StructureParams): Promise<StructureResult> {
  const started = performance.now()
  const projection = await loadProjection(db, queries, { country: params.country, sector: params.sector, maxNodes: params.maxNodes })
  const queryMs = Math.round(performance.now() - started)
  const analysis = analyseStructure(projection, { top: params.top ?? DEFAULT_TOP, seed: DEFAULT_SEED })
  return {
    filter: { country: params.country ?? null, sector: params.sector ?? null },
    ...analysis,
    timing: { queryMs, analysisMs: analysis.timing.analysisMs }
  }
}
