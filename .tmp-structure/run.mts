import { readFileSync } from 'node:fs'
import neo4j from 'neo4j-driver'
import { parseQueryFile } from '../src/modules/queries/registry.ts'
const q = parseQueryFile('x', readFileSync('/work/main/cypher/queries/structure-projection.cypher', 'utf8'))
console.log(q.notes, q.description)
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'cci-atlas-dev'))
const s = d.session()
for (const p of [{ country: null, sector: null }, { country: null, sector: null }, { country: 'KH', sector: null }, { country: 'KH', sector: 'fcs-c' }]) {
  const t = Date.now()
  const r = await s.run(q.cypher, { ...p, maxNodes: neo4j.int(20000) })
  const rec = r.records[0]!
  const links = rec.get('links') as any[]
  console.log(p, Date.now() - t, 'ms', rec.get('nodes').length, links.length, links.filter((l) => l.external).length, rec.get('capped'), JSON.stringify(rec.get('nodes')[0]), JSON.stringify(links.find((l) => l.external) ?? links[0]))
}
await s.close(); await d.close()
