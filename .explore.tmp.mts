import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7688', neo4j.auth.basic('neo4j', 'cci-atlas-test'))
const qs = process.argv.slice(2)
function walk(p: any, depth = 0): void { if (!p) return; console.log(' '.repeat(depth*2) + p.operatorType, JSON.stringify(p.arguments).slice(0, 400)); for (const c of p.children ?? []) walk(c, depth+1) }
for (const q of qs) {
  const s = d.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ })
  try {
    const r = await s.run('EXPLAIN ' + q)
    console.log('==', q, '=> type', r.summary.queryType, 'db', r.summary.database)
    walk(r.summary.plan)
  } catch (e: any) { console.log('==', q, '=> ERR', e.code, e.gqlStatus, e.message.slice(0, 200)) }
  await s.close()
}
await d.close()
