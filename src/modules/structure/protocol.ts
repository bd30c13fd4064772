// What the structure pool (pool.ts) and its worker (worker.ts) say to each other: structured-clone
// data only. Errors cross as plain objects and are rebuilt on the main thread, so the route's error
// handler still answers a 400 as a 400, an unreachable database as 503 and a bug as a logged 500.
import { setImmediate } from 'node:timers/promises'
import { Neo4jError } from 'neo4j-driver'
import { isDbTimeout, isDbUnavailable } from '../../db/errors.js'
import { HttpProblem } from '../../http/problem.js'
import type { AnalyseOptions, ProjectionLink, ProjectionNode } from './analyse.js'
import type { StructureParams } from './service.js'

/** The connection the worker opens for itself: a driver cannot be shared across threads. */
export interface WorkerDatabase { uri: string, user: string, password: string, database: string, queryTimeoutMs: number }

export interface StructureWorkerData { database: WorkerDatabase | null, queriesDir: string | null }

/** A projection as JSON chunks: cloning a few long strings is a memcpy, cloning 100,000 objects is
 * a long synchronous step (about 200 ms at 20,000 stakeholders). */
export interface EncodedProjection { nodes: string[], links: string[], capped: boolean }

export type WorkerRequest =
  | { id: number, type: 'analyse', projection: EncodedProjection, options: AnalyseOptions }
  | { id: number, type: 'structure', params: StructureParams }
  | { type: 'close' }

export type WireError =
  | { kind: 'problem', status: number, slug: string, message: string, extra: Record<string, unknown>, headers: Record<string, string> }
  | { kind: 'database', code: string, message: string }
  | { kind: 'error', name: string, message: string, stack?: string }

export type WorkerResponse = { id: number, ok: true, value: unknown } | { id: number, ok: false, error: WireError }

/** Sent once, when the worker has loaded its modules. */
export interface WorkerReady { ready: true }

export function toWire (err: unknown): WireError {
  if (err instanceof HttpProblem) return { kind: 'problem', status: err.status, slug: err.slug, message: err.message, extra: err.extra, headers: err.headers }
  if (isDbTimeout(err) || isDbUnavailable(err)) {
    // Rebuilt as a Neo4jError with the same code and message, it is classified the same way again.
    const code = (err as { code?: unknown }).code
    return { kind: 'database', code: typeof code === 'string' ? code : 'ServiceUnavailable', message: (err as Error).message }
  }
  const e = err instanceof Error ? err : new Error(String(err))
  return { kind: 'error', name: e.name, message: e.message, stack: e.stack }
}

export function fromWire (wire: WireError): Error {
  switch (wire.kind) {
    case 'problem': return new HttpProblem(wire.status, wire.slug, wire.message, wire.extra, wire.headers)
    case 'database': return new Neo4jError(wire.message, wire.code, '50N42', wire.message)
    default: {
      const err = new Error(wire.message)
      err.name = wire.name
      if (wire.stack !== undefined) err.stack = `${wire.stack}\n    (in the structure worker)`
      return err
    }
  }
}

const CHUNK = 2000

/** Nodes and links as JSON chunks of 2,000, yielding to the event loop between chunks. */
export async function encodeProjection (projection: { nodes: ProjectionNode[], links: ProjectionLink[], capped: boolean }): Promise<EncodedProjection> {
  const chunks = async <T>(items: T[]) => {
    const out: string[] = []
    for (let i = 0; i < items.length; i += CHUNK) {
      out.push(JSON.stringify(items.slice(i, i + CHUNK)))
      await setImmediate()
    }
    return out
  }
  return { nodes: await chunks(projection.nodes), links: await chunks(projection.links), capped: projection.capped }
}

export function decodeProjection (encoded: EncodedProjection): { nodes: ProjectionNode[], links: ProjectionLink[], capped: boolean } {
  const parse = <T>(chunks: string[]): T[] => chunks.flatMap((c) => JSON.parse(c) as T[])
  return { nodes: parse<ProjectionNode>(encoded.nodes), links: parse<ProjectionLink>(encoded.links), capped: encoded.capped }
}
