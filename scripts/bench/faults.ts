// Issue 7, item 5: faults under load. Reads and writes at a steady concurrency; part-way through,
// Neo4j is killed (SIGKILL, as a crash: only the transaction log survives) and started again after
// `outageSeconds`. Every response is classified by when it came back; afterwards every write the
// API acknowledged (200 with the record created or updated) must be in the graph.
import { setTimeout as sleep } from 'node:timers/promises'
import { Database } from '../../src/db/database.js'
import type { ApiProcess } from './api-process.js'
import { httpLoad, type LoadResult } from './load.js'
import type { BenchNeo4j } from './neo4j-instance.js'
import { rotate, type Targets } from './targets.js'

export interface FaultResult {
  seconds: number
  outageSeconds: number
  load: LoadResult
  killedAtS: number
  /** when Neo4j served queries again (a bare driver's RETURN 1 succeeded) */
  backAtS: number
  /** first 2xx from a database-backed route after Neo4j was back */
  recoveredAtS: number | null
  recoverySeconds: number | null
  duringOutage: { total: number, status503WithRetryAfter: number, other: Record<string, number> }
  /** responses that were neither 2xx nor 503 with Retry-After, over the whole run */
  violations: Record<string, number>
  writesAcknowledged: number
  writesFound: number
  writesMissing: number
}

export async function runFaults (api: ApiProcess, instance: BenchNeo4j, targets: Targets, options: { seconds: number, outageSeconds: number, connections: number, log: (l: string) => void }): Promise<FaultResult> {
  const source = `bench-faults-${Date.now().toString(36)}`
  const stakeholder = rotate(targets.stakeholders)
  const acknowledged: string[] = []
  const responses: { at: number, status: number, retryAfter: boolean }[] = []
  let writes = 0
  let reads = 0
  const started = Date.now()
  let killedAt = Infinity
  let backAt = Infinity

  const outage = (async () => {
    await sleep(options.seconds * 1000 / 3)
    killedAt = Date.now()
    instance.kill()
    options.log(`  Neo4j killed at ${((killedAt - started) / 1000).toFixed(1)} s`)
    await instance.closeDriver()
    await sleep(options.outageSeconds * 1000)
    await instance.start()
    // "back" = the database serves queries again (after a crash it recovers its transaction log
    // after Bolt already answers): asked the way the API asks, with a driver of our own
    const probe = new Database(instance.newDriver(), 'neo4j', 2000)
    try {
      for (;;) {
        try {
          await probe.ping(1000)
          break
        } catch {
          await sleep(100)
        }
      }
    } finally {
      await probe.driver.close()
    }
    backAt = Date.now()
    options.log(`  Neo4j back at ${((backAt - started) / 1000).toFixed(1)} s`)
  })()

  const load = await httpLoad({
    label: 'reads and writes',
    url: api.url,
    connections: options.connections,
    seconds: options.seconds,
    timeoutSeconds: 20,
    headers: api.headers,
    latencyOfAll: true,
    // after the set time, go on until the API has answered 2xx for 5 s after Neo4j came back
    until: () => backAt !== Infinity && responses.some((r) => r.at > backAt + 5000 && r.status === 200),
    maxSeconds: options.seconds + 240,
    next: () => {
      const record = (status: number, headers: Record<string, string | string[]>) =>
        responses.push({ at: Date.now(), status, retryAfter: headers['retry-after'] !== undefined })
      if (reads++ % 3 === 0) {
        const key = `w-${writes++}`
        return {
          method: 'POST',
          path: `/sync/${source}/stakeholders`,
          body: JSON.stringify([{ externalId: key, kind: 'CreativeProducer', name: `Fault test workshop ${key}`, country: 'LA', sectors: ['fcs-c'], tags: ['fault-test'] }]),
          onResponse: (status, body, headers) => {
            record(status, headers)
            if (status === 200) {
              const report = JSON.parse(body) as { records: { status: string }[] }
              if (report.records[0]?.status === 'created' || report.records[0]?.status === 'updated') acknowledged.push(key)
            }
          }
        }
      }
      return { path: `/stakeholders/${stakeholder()}`, onResponse: (status, _body, headers) => record(status, headers) }
    }
  })
  await outage

  const recovered = responses.filter((r) => r.at >= backAt && r.status >= 200 && r.status < 300).map((r) => r.at).sort((a, b) => a - b)[0]
  const during = responses.filter((r) => r.at > killedAt && r.at < (recovered ?? backAt))
  const ok503 = during.filter((r) => r.status === 503 && r.retryAfter).length
  const other: Record<string, number> = {}
  for (const r of during) if (!(r.status === 503 && r.retryAfter)) other[r.status] = (other[r.status] ?? 0) + 1
  const violations: Record<string, number> = {}
  for (const r of responses) {
    if ((r.status >= 200 && r.status < 300) || (r.status === 503 && r.retryAfter)) continue
    const k = r.status === 503 ? '503 without Retry-After' : String(r.status)
    violations[k] = (violations[k] ?? 0) + 1
  }
  if (load.errors > 0) violations['connection errors'] = load.errors
  if (load.timeouts > 0) violations.timeouts = load.timeouts

  // every acknowledged write must be there
  const db = instance.database()
  let found = 0
  for (let i = 0; i < acknowledged.length; i += 5000) {
    const result = await db.readNamed('bench/count-external-refs', { source, ids: acknowledged.slice(i, i + 5000) })
    found += Number(result.records[0]?.get('found') ?? 0)
  }
  const at = (t: number) => Math.round(((t - started) / 1000) * 10) / 10
  const result: FaultResult = {
    seconds: options.seconds,
    outageSeconds: options.outageSeconds,
    load,
    killedAtS: at(killedAt),
    backAtS: at(backAt),
    recoveredAtS: recovered === undefined ? null : at(recovered),
    recoverySeconds: recovered === undefined ? null : Math.round(((recovered - backAt) / 1000) * 100) / 100,
    duringOutage: { total: during.length, status503WithRetryAfter: ok503, other },
    violations,
    writesAcknowledged: acknowledged.length,
    writesFound: found,
    writesMissing: acknowledged.length - found
  }
  options.log(`  outage ${result.killedAtS}–${result.backAtS} s: ${during.length} responses, ${ok503} were 503 + Retry-After, other ${JSON.stringify(other)}; recovered ${result.recoverySeconds} s after Neo4j was back; acknowledged writes ${acknowledged.length}, found ${found}`)
  return result
}
