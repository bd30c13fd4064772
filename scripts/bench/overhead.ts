// 3a and 3b: the API against a bare neo4j-driver loop running the same Cypher with the same
// parameters at the same concurrency, and against Neo4j's own HTTP Query API
// (POST /db/neo4j/query/v2) for the same statement — all three on the same graph, in one run.
import neo4j, { type Driver } from 'neo4j-driver'
import { cypher } from '../../src/db/cypher.js'
import type { ApiProcess } from './api-process.js'
import { closedLoop, driverRead, httpLoad, type LoadResult } from './load.js'
import type { BenchNeo4j } from './neo4j-instance.js'
import { rotate, type Targets } from './targets.js'

export const PROXIMITY_VIA = ['ACTIVE_AT', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'INVESTS_IN']

export interface OverheadCase {
  query: string
  connections: number
  api: LoadResult
  driver: LoadResult
  httpQueryApi: LoadResult
}

interface Case {
  query: string
  statement: string
  /** the driver's parameters for target i (neo4j integers where the API passes integers) */
  params: (target: string) => Record<string, unknown>
  /** the same parameters in the Query API's JSON (integers as plain numbers: it reads them as Integer) */
  jsonParams: (target: string) => Record<string, unknown>
  apiPath: (target: string) => string
  targets: string[]
}

function cases (targets: Targets): Case[] {
  return [
    {
      query: 'GET /stakeholders/{id}',
      statement: cypher('resources/get'),
      params: (id) => ({ id, label: 'Stakeholder', includeDeleted: false }),
      jsonParams: (id) => ({ id, label: 'Stakeholder', includeDeleted: false }),
      apiPath: (id) => `/stakeholders/${id}`,
      targets: targets.stakeholders
    },
    {
      query: 'two-hop heritage proximity (GET /destinations/{site}/nearby?kinds=CreativeProducer&hops=2)',
      statement: cypher('queries/nearby'),
      params: (id) => ({ id, kinds: ['CreativeProducer'], hops: neo4j.int(2), via: PROXIMITY_VIA, withinKm: null, limit: neo4j.int(200) }),
      jsonParams: (id) => ({ id, kinds: ['CreativeProducer'], hops: 2, via: PROXIMITY_VIA, withinKm: null, limit: 200 }),
      apiPath: (id) => `/destinations/${id}/nearby?kinds=CreativeProducer&hops=2`,
      targets: targets.sites
    }
  ]
}

export async function runOverhead (api: ApiProcess, instance: BenchNeo4j, targets: Targets, options: { seconds: number, concurrencies: number[], log: (l: string) => void }): Promise<OverheadCase[]> {
  const out: OverheadCase[] = []
  const driver: Driver = instance.newDriver()
  const basic = `Basic ${Buffer.from(`neo4j:${instance.password}`).toString('base64')}`
  try {
    for (const c of cases(targets)) {
      for (const connections of options.concurrencies) {
        // warm every side's caches and plans once before measuring
        await closedLoop('warm-up', connections, Math.min(3, options.seconds), driverRead(driver, c.statement, (i) => c.params(c.targets[i % c.targets.length]!)))
        const nextApi = rotate(c.targets)
        const apiResult = await httpLoad({ label: 'API', url: api.url, connections, seconds: options.seconds, headers: api.headers, next: () => ({ path: c.apiPath(nextApi()) }) })
        const driverResult = await closedLoop('bare driver', connections, options.seconds, driverRead(driver, c.statement, (i) => c.params(c.targets[i % c.targets.length]!)))
        const nextHttp = rotate(c.targets)
        const httpResult = await httpLoad({
          label: 'Neo4j Query API',
          url: instance.httpUrl,
          connections,
          seconds: options.seconds,
          headers: { authorization: basic, accept: 'application/json' },
          next: () => ({ method: 'POST', path: '/db/neo4j/query/v2', body: JSON.stringify({ statement: c.statement, parameters: c.jsonParams(nextHttp()), accessMode: 'READ' }) })
        })
        options.log(`  ${c.query} x${connections}: API ${apiResult.throughput}/s p99 ${apiResult.p99} ms; driver ${driverResult.throughput}/s p99 ${driverResult.p99} ms; Query API ${httpResult.throughput}/s p99 ${httpResult.p99} ms`)
        out.push({ query: c.query, connections, api: apiResult, driver: driverResult, httpQueryApi: httpResult })
      }
    }
  } finally {
    await driver.close()
  }
  return out
}
