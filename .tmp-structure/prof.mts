import { readFileSync } from 'node:fs'
import neo4j from 'neo4j-driver'
import { parseQueryFile } from '../src/modules/queries/registry.ts'
const q = parseQueryFile('x', readFileSync('cypher/queries/structure-projection.cypher', 'utf8'))
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'cci-atlas-dev'))
const s = d.session()
const r = await s.run('PROFILE ' + q.cypher, { country: process.argv[2] ?? null, sector: null, maxNodes: neo4j.int(20000) })
const walk = (p: any, depth = 0) => { console.log(' '.repeat(depth) + p.operatorType, p.dbHits, p.rows, (p.arguments?.Details ?? '').slice(0, 100)); for (const c of p.children) walk(c, depth + 1) }
walk(r.summary.profile)
await s.close(); await d.close()
