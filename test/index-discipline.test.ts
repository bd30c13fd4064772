// Index discipline: EXPLAIN every .cypher file the service runs, with example parameters, and fail
// on an AllNodesScan anywhere, or on a label scan (NodeByLabelScan) in a file whose header does not
// say why it scans on purpose (a comment line containing "scan").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import neo4j from 'neo4j-driver'
import { cypherDir } from '../src/paths.js'
import { closeTestDriver, testDb } from './helpers/app.js'

afterAll(async () => { await closeTestDriver() })

function files (dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? files(path) : f.endsWith('.cypher') ? [path] : []
  })
}

// Example values by parameter name (what the service would pass).
const EXAMPLES: Record<string, unknown> = {
  id: 'whc-668', ids: ['whc-668'], from: 's-kh-0019', to: 'whc-668', label: 'Destination', labels: ['Stakeholder', 'NGO'],
  type: 'SUPPLIES', types: null, via: ['ACTIVE_AT', 'SUPPLIES'], kinds: ['CreativeProducer'], kind: null, country: 'KH', province: null,
  sector: null, stage: null, tag: null, q: null, near: null, withinMeters: null, withinKm: null, updatedSince: null, includeDeleted: false,
  sort: 'name', afterValue: null, afterId: null, limit: neo4j.int(10), evidenceLimit: neo4j.int(10), hops: neo4j.int(2), depth: neo4j.int(2),
  maxHops: neo4j.int(4), maxNodes: neo4j.int(100), candidates: neo4j.int(3), direction: 'both', source: 'src', externalId: 'x', hash: 'h',
  rows: [], refs: [], changes: [], props: {}, location: null, removeLabels: [], addLabels: [], kindLabels: ['NGO'], productId: null,
  symmetric: false, since: neo4j.int(0), scope: null, topic: null, green: null, level: null, tradition: null, parent: null, heritage: null,
  index: 'stakeholder_text', query: 'silk', key: 'k', apiKeyId: 'a', requestHash: 'h', ttlSeconds: neo4j.int(60), staleSeconds: neo4j.int(60),
  status: neo4j.int(200), response: '{}', scores: '{}', note: null, name: 'x', role: 'reader', prefix: 'p', checksum: 'c', typeOnly: 'SUPPLIES'
}

const SKIP_DIRS = ['schema', 'migrations', 'analyst']

function operators (plan: { operatorType: string, children?: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...((plan.children ?? []) as { operatorType: string }[]).flatMap(operators)]
}

describe('index discipline', () => {
  const all = files(cypherDir).filter((f) => !SKIP_DIRS.includes(relative(cypherDir, f).split('/')[0]!))

  it('finds the statements', () => {
    expect(all.length).toBeGreaterThan(60)
  })

  it('no statement scans all nodes, and every label scan is a documented choice', async () => {
    const problems: string[] = []
    for (const file of all) {
      const text = readFileSync(file, 'utf8')
      const header = text.split('\n').filter((l) => l.trim().startsWith('//')).join('\n')
      const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z]\w*)/g)].map((m) => [m[1]!, EXAMPLES[m[1]!] ?? null]))
      let ops: string[]
      try {
        const result = await testDb().read((tx) => tx.run(`EXPLAIN ${text}`, params))
        ops = operators(result.summary.plan as unknown as { operatorType: string })
      } catch (err) {
        // Writes and schema commands cannot be EXPLAINed in a read transaction: plan them in a write one.
        try {
          const result = await testDb().write((tx) => tx.run(`EXPLAIN ${text}`, params))
          ops = operators(result.summary.plan as unknown as { operatorType: string })
        } catch {
          problems.push(`${relative(cypherDir, file)}: EXPLAIN failed: ${(err as Error).message.split('\n')[0]}`)
          continue
        }
      }
      const name = relative(cypherDir, file)
      if (ops.includes('AllNodesScan')) problems.push(`${name}: AllNodesScan`)
      if (ops.some((o) => o === 'NodeByLabelScan' || o === 'UnionNodeByLabelsScan' || o === 'IntersectionNodeByLabelsScan') && !/scan/i.test(header)) {
        problems.push(`${name}: label scan without a note in the header saying why`)
      }
    }
    expect(problems).toEqual([])
  }, 120_000)
})
