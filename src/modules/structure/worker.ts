// The structure worker thread (started by pool.ts): runs GET /analysis/structure's heavy steps off
// the event loop, one job at a time. 'structure' reads the projection with the worker's own driver
// (decoding it blocks for seconds at 20,000 stakeholders) and analyses it; 'analyse' analyses a
// projection it is given. Answers and errors go back as plain data (protocol.ts).
import { parentPort, workerData } from 'node:worker_threads'
import type { Driver } from 'neo4j-driver'
import { createDriver, Database } from '../../db/database.js'
import { loadQueries, type NamedQuery } from '../queries/registry.js'
import { analyseStructure } from './analyse.js'
import { decodeProjection, toWire, type StructureWorkerData, type WorkerReady, type WorkerRequest, type WorkerResponse } from './protocol.js'
import { structure } from './service.js'

const port = parentPort
if (port === null) throw new Error('structure worker: run it with new Worker(), not directly')
const data = workerData as StructureWorkerData
let driver: Driver | undefined
let db: Database | undefined
let queries: Map<string, NamedQuery> | undefined

function connection (): { db: Database, queries: Map<string, NamedQuery> } {
  if (data.database === null || data.queriesDir === null) throw new Error('this structure pool has no database: it can only analyse projections it is given')
  if (db === undefined) {
    const { uri, user, password, database, queryTimeoutMs } = data.database
    driver = createDriver(uri, user, password)
    db = new Database(driver, database, queryTimeoutMs)
  }
  queries ??= loadQueries(data.queriesDir)
  return { db, queries }
}

async function run (request: Exclude<WorkerRequest, { type: 'close' }>): Promise<unknown> {
  if (request.type === 'analyse') return analyseStructure(decodeProjection(request.projection), request.options)
  const c = connection()
  return structure(c.db, c.queries, request.params)
}

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'close') {
    // Ends the thread once the driver has said goodbye to the server.
    void (driver?.close() ?? Promise.resolve()).finally(() => port.close())
    return
  }
  run(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies WorkerResponse),
    (err: unknown) => port.postMessage({ id: request.id, ok: false, error: toWire(err) } satisfies WorkerResponse)
  )
})

port.postMessage({ ready: true } satisfies WorkerReady)
