// POST /cypher: analysts' read-only, bounded Cypher. A list of hostile queries must all be refused
// (400/403 problem+json with a reason) without changing the graph; reads work, with Neo4j types
// converted; caps cut results and say so; a slow query answers 503 in time and the API stays up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { checkText, procedureName, scanText } from '../src/modules/cypher/guard.js'
import { unprefixMessage } from '../src/modules/cypher/service.js'
import { cypher } from '../src/db/cypher.js'
import { createKey } from '../src/modules/keys/service.js'
import { closeTestDriver, testApp, testDb, uniquePrefix } from './helpers/app.js'

const P = uniquePrefix('cypher')
let app: FastifyInstance


async function post (body: object, target = app) {
  return target.inject({ method: 'POST', url: '/cypher', payload: body })
}

beforeAll(async () => {
  app = await testApp({ QUERY_TIMEOUT_MS: '10000' })
  // A small fixture the hostile queries aim at: if any of them ran, it would show here.
  await testDb().write((tx) => tx.run(`
    CREATE (a:CypherFixture {id: $p + '-a', marker: 'a', at: datetime('2026-01-02T03:04:05Z'), day: date('2026-01-02'),
                             location: point({latitude: 11.5564, longitude: 104.9282}), big: toInteger('9007199254740993'), small: 42})
    CREATE (b:CypherFixture {id: $p + '-b', marker: 'b'})
    CREATE (c:CypherFixture {id: $p + '-c', marker: 'c'})
    CREATE (a)-[:CYPHER_FIXTURE_LINK {id: $p + '-ab', weight: 1}]->(b)
    CREATE (b)-[:CYPHER_FIXTURE_LINK {id: $p + '-bc', weight: 2}]->(c)`, { p: P }))
})

afterAll(async () => {
  await testDb().write((tx) => tx.run('MATCH (n:CypherFixture) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }))
  await app?.close()
  await closeTestDriver()
})

// ---------------------------------------------------------------------------------------------
// Snapshots of what a hostile query could change.

async function scalar (name: string): Promise<number> {
  const result = await testDb().read((tx) => tx.run(cypher(name)))
  return Number(result.records[0]!.get(0))
}

async function globalCounts () {
  return { nodes: await scalar('analyst/count-nodes'), relationships: await scalar('analyst/count-relationships') }
}

async function tokens () {
  const r = (await testDb().read((tx) => tx.run(cypher('analyst/tokens')))).records[0]!
  return { labels: r.get('labels') as string[], types: r.get('types') as string[], keys: r.get('keys') as string[] }
}

async function fixture () {
  const result = await testDb().read((tx) => tx.run(`
    MATCH (n:CypherFixture) WHERE n.id STARTS WITH $p
    OPTIONAL MATCH (n)-[r]->(m)
    WITH n, collect([type(r), properties(r), m.id]) AS out
    RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, out ORDER BY id`, { p: P }))
  return JSON.stringify(result.records.map((r) => r.toObject()), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
}

// ---------------------------------------------------------------------------------------------
// The hostile list: [query, expected status, expected reason (a prefix), parameters?]

type Hostile = [string, 400 | 403, string, Record<string, unknown>?]

const HOSTILE: Hostile[] = [
  // every write clause
  ['CREATE (n:CypherProbe {probe: 1})', 403, 'write'],
  ['MERGE (n:CypherProbe {probe: 2}) RETURN n', 403, 'write'],
  ['MATCH (n:CypherFixture) SET n.hacked = true', 403, 'write'],
  ['MATCH (n:CypherFixture) SET n:CypherProbe', 403, 'write'],
  ['MATCH (n:CypherFixture) SET n += {probe: 1}', 403, 'write'],
  ['MATCH (n:CypherFixture) SET n = {}', 403, 'write'],
  ['MATCH (n:CypherFixture) DELETE n', 403, 'write'],
  ['MATCH (n:CypherFixture) DETACH DELETE n', 403, 'write'],
  ['MATCH (n) DETACH DELETE n', 403, 'write'],
  ['MATCH ()-[r:CYPHER_FIXTURE_LINK]->() DELETE r', 403, 'write'],
  ['MATCH (n:CypherFixture) REMOVE n.marker', 403, 'write'],
  ['MATCH (n:CypherFixture) REMOVE n:CypherFixture', 403, 'write'],
  ['MATCH (n:CypherFixture) FOREACH (x IN [1] | CREATE (:CypherProbe {probe: x}))', 403, 'write'],
  // writes hidden after WITH, in subqueries, behind UNION, and the FOREACH/CASE "if" trick
  ['MATCH (n:CypherFixture) WITH n LIMIT 1 CREATE (n)-[:CYPHER_PROBED]->(:CypherProbe) RETURN n', 403, 'write'],
  ['MATCH (n:CypherFixture) WITH n WHERE true SET n.probe = 1 RETURN n', 403, 'write'],
  ['MATCH (a:CypherFixture), (b:CypherFixture) MERGE (a)-[:CYPHER_PROBED]->(b)', 403, 'write'],
  ['MATCH (n:CypherFixture) WITH n CALL { WITH n CREATE (:CypherProbe {probe: 3}) } RETURN count(*) AS c', 403, 'write'],
  ['UNWIND [1, 2] AS x CALL { WITH x MERGE (:CypherProbe {probe: x}) }', 403, 'write'],
  ['MATCH (n:CypherFixture) CALL { WITH n SET n.probe = 1 RETURN n AS m } RETURN m', 403, 'write'],
  ['OPTIONAL MATCH (n:CypherFixture) WITH n CALL { WITH n WITH n WHERE n IS NOT NULL DETACH DELETE n } RETURN 1 AS one', 403, 'write'],
  ['RETURN 1 AS x UNION CREATE (p:CypherProbe) RETURN 2 AS x', 403, 'write'],
  ['MATCH (n:CypherFixture) FOREACH (_ IN CASE WHEN n.marker IS NOT NULL THEN [1] ELSE [] END | SET n.probe = 1)', 403, 'write'],
  ['MATCH (n:CypherFixture) WITH n, [x IN [1] | x] AS l UNWIND l AS y MERGE (n)-[:CYPHER_PROBED]->(n)', 403, 'write'],
  // case, comments and whitespace variations
  ['cReAtE (:CypherProbe)', 403, 'write'],
  ['/* ; */ CREATE (:CypherProbe)', 403, 'write'],
  ['// a comment; with a semicolon\nCREATE (:CypherProbe)', 403, 'write'],
  ['MATCH (n:CypherFixture)\u00a0SET\u00a0n.probe\u00a0=\u00a01', 403, 'write'],
  ['ＣＲＥＡＴＥ (:CypherProbe)', 400, 'syntax'],
  // schema commands
  ['CREATE INDEX cypher_probe_idx IF NOT EXISTS FOR (n:CypherProbe) ON (n.probe)', 403, 'schema'],
  ['CREATE CONSTRAINT cypher_probe_c IF NOT EXISTS FOR (n:CypherProbe) REQUIRE n.probe IS UNIQUE', 403, 'schema'],
  ['CREATE FULLTEXT INDEX cypher_probe_ft IF NOT EXISTS FOR (n:CypherProbe) ON EACH [n.probe]', 403, 'schema'],
  ['DROP INDEX cypher_probe_idx IF EXISTS', 403, 'schema'],
  ['DROP CONSTRAINT cypher_probe_c IF EXISTS', 403, 'schema'],
  // LOAD CSV
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 403, 'load-csv'],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", 403, 'load-csv'],
  ['LOAD CSV FROM $url AS row CREATE (:CypherProbe {v: row[0]})', 403, 'load-csv', { url: 'https://example.org/x.csv' }],
  // CALL { } IN TRANSACTIONS
  ['UNWIND range(1, 3) AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y', 403, 'subquery-in-transactions'],
  ['MATCH (n:CypherFixture) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1 ROW', 403, 'subquery-in-transactions'],
  // procedures outside the allow-list
  ['CALL dbms.components()', 403, 'procedure:dbms.components'],
  ['CALL `dbms`.`components`() YIELD name RETURN name', 403, 'procedure:dbms.components'],
  ['CALL dbms.listConfig()', 403, 'procedure:dbms.listConfig'],
  ['CALL dbms.info()', 403, 'procedure:dbms.info'],
  ['CALL dbms.showCurrentUser()', 403, 'procedure:dbms.showCurrentUser'],
  ["CALL dbms.queryJmx('*:*')", 403, 'procedure:dbms.queryJmx'],
  ['CALL dbms.security.listUsers()', 400, 'syntax'],
  ["CALL dbms.killQuery('query-1')", 400, 'syntax'],
  ["CALL db.createLabel('CypherProbe')", 403, 'procedure:db.createLabel'],
  ['CALL db.createProperty($key)', 403, 'procedure:db.createProperty', { key: 'cypherProbeKey' }],
  ["CALL db.createRelationshipType('CYPHER_PROBE_TYPE')", 403, 'procedure:db.createRelationshipType'],
  ['CALL db.clearQueryCaches()', 403, 'procedure:db.clearQueryCaches'],
  ['CALL db.awaitIndexes(1)', 403, 'procedure:db.awaitIndexes'],
  ['CALL db.info()', 403, 'procedure:db.info'],
  ["CALL db.stats.retrieve('GRAPH COUNTS')", 403, 'procedure:db.stats.retrieve'],
  ['CALL tx.setMetaData({probe: 1})', 403, 'procedure:tx.setMetaData'],
  ['CALL db.labels() YIELD label RETURN label UNION CALL dbms.components() YIELD name AS label RETURN label', 403, 'procedure:dbms.components'],
  ["MATCH (n:CypherFixture) WITH count(n) AS c CALL db.createLabel('CypherProbe') RETURN c", 403, 'procedure:db.createLabel'],
  ["CALL apoc.create.node(['CypherProbe'], {})", 400, 'syntax'],
  ['RETURN apoc.version() AS v', 400, 'syntax'],
  // other databases, administration and server commands
  ['USE system SHOW DATABASES', 403, 'use-clause'],
  ['USE system CALL dbms.components() YIELD name RETURN name', 403, 'use-clause'],
  ['use SYSTEM MATCH (n) RETURN n', 403, 'use-clause'],
  ['CYPHER runtime=slotted USE system CALL dbms.components() YIELD name RETURN name', 403, 'use-clause'],
  ['USE neo4j MATCH (n) RETURN count(n) AS c', 403, 'use-clause'],
  ['CALL { USE system MATCH (n) RETURN n } RETURN n', 403, 'use-clause'],
  ['SHOW USERS', 403, 'administration'],
  ['SHOW DATABASES', 403, 'administration'],
  ['SHOW CURRENT USER', 403, 'administration'],
  ["CREATE USER cypher_probe SET PASSWORD 'cypher-probe-password'", 403, 'administration'],
  ["ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'cypher-probe-password'", 403, 'administration'],
  ['SHOW TRANSACTIONS', 403, 'command:show-transactions'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, 'command:terminate-transactions'],
  ['SHOW SETTINGS', 403, 'command:show-settings'],
  ['START DATABASE neo4j', 400, 'syntax'],
  // several statements, however disguised
  ['MATCH (n) RETURN n LIMIT 1; CREATE (:CypherProbe)', 400, 'multiple-statements'],
  ['MATCH (n) RETURN n LIMIT 1 /* ; */ ; CREATE (:CypherProbe)', 400, 'multiple-statements'],
  ["RETURN ';' AS s; CREATE (:CypherProbe)", 400, 'multiple-statements'],
  ['RETURN "it\\"s;" AS s; CREATE (:CypherProbe)', 400, 'multiple-statements'],
  ['RETURN 1 AS one // ;\n; CREATE (:CypherProbe)', 400, 'multiple-statements'],
  ['RETURN "/*" AS a; CREATE (:CypherProbe) // */', 400, 'multiple-statements'],
  ['RETURN 1 AS `a;b`; MATCH (n) DETACH DELETE n', 400, 'multiple-statements'],
  ['MATCH (n) RETURN n LIMIT 1\u037e CREATE (:CypherProbe)', 400, 'syntax'],
  ['PROFILE CREATE (:CypherProbe)', 400, 'syntax'],
  ['EXPLAIN CREATE (:CypherProbe)', 403, 'write'],
  ['   ', 400, 'empty'],
  ['/* only a comment */', 400, 'empty']
]

const PROBE_TOKENS = ['CypherProbe', 'CYPHER_PROBED', 'CYPHER_PROBE_TYPE', 'cypherProbeKey', 'probe', 'hacked']

describe('hostile queries', () => {
  it(`refuses all ${HOSTILE.length} without changing the graph`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40)
    const fixtureBefore = await fixture()
    const tokensBefore = await tokens()
    // Other test files may write while this runs (they run in parallel): the global counts are
    // compared over up to three passes, and must be equal on at least one. A refused query that
    // slipped through would show in every pass (or in the fixture and token checks below).
    let countsEqual = false
    const failures: string[] = []
    for (let pass = 0; pass < 3 && !countsEqual; pass++) {
      const before = await globalCounts()
      for (const [query, status, reason, parameters] of HOSTILE) {
        const res = await post({ query, parameters })
        const body = res.json() as { reason?: string, type?: string, detail?: string, stack?: unknown }
        const ok = res.statusCode === status && typeof body.reason === 'string' && body.reason.startsWith(reason) &&
          String(res.headers['content-type'] ?? '').startsWith('application/problem+json') && body.stack === undefined
        if (!ok) failures.push(`${JSON.stringify(query)} → ${res.statusCode} ${body.reason}: ${String(body.detail).slice(0, 160)} (expected ${status} ${reason})`)
      }
      const after = await globalCounts()
      countsEqual = before.nodes === after.nodes && before.relationships === after.relationships
      if (pass === 0) expect(failures).toEqual([])
    }
    expect(countsEqual).toBe(true)
    expect(await fixture()).toBe(fixtureBefore)
    const tokensAfter = await tokens()
    for (const kind of ['labels', 'types', 'keys'] as const) {
      expect(tokensAfter[kind].filter((t) => !tokensBefore[kind].includes(t) && PROBE_TOKENS.includes(t))).toEqual([])
      expect(tokensAfter[kind].filter((t) => PROBE_TOKENS.includes(t) && !tokensBefore[kind].includes(t))).toEqual([])
    }
    for (const probe of PROBE_TOKENS.slice(0, 4)) expect([...tokensAfter.labels, ...tokensAfter.types, ...tokensAfter.keys]).not.toContain(probe)
    const probes = await testDb().read((tx) => tx.run('MATCH (n:CypherProbe) RETURN count(n) AS c'))
    expect(Number(probes.records[0]!.get('c'))).toBe(0)
  }, 120_000)

  it('sends parameters as values: a query in a parameter stays a string', async () => {
    const res = await post({ query: 'RETURN $q AS q, $n + 1 AS n', parameters: { q: 'CREATE (:CypherProbe); MATCH (n) DETACH DELETE n', n: 41 } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().rows).toEqual([['CREATE (:CypherProbe); MATCH (n) DETACH DELETE n', 42]])
  })

  it('syntax errors are 400 with Neo4j\'s message, positions as the analyst wrote them, no internals', async () => {
    const res = await post({ query: 'MATCH (n) RETURN n LIMT 5' })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.type).toBe('urn:cci-atlas:problem:invalid-cypher')
    expect(body.reason).toBe('syntax')
    expect(body.detail).not.toContain('EXPLAIN')
    expect(body.detail).toMatch(/line 1, column 20 \(offset: 19\)/)
    expect(res.body).not.toMatch(/at org\.neo4j|\.java|stack/i)
  })
})

describe('reads', () => {
  it('returns columns and rows with Neo4j types converted', async () => {
    const res = await post({
      query: `MATCH p = (a:CypherFixture {id: $a})-[r:CYPHER_FIXTURE_LINK]->(b)
              RETURN a, r, p, a.location AS location, a.at AS at, a.day AS day, a.big AS big, a.small AS small, b.id AS b`,
      parameters: { a: `${P}-a` }
    })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.columns).toEqual(['a', 'r', 'p', 'location', 'at', 'day', 'big', 'small', 'b'])
    expect(body).toMatchObject({ rowCount: 1, truncated: false, queryType: 'r' })
    expect(body.truncatedBy).toBeUndefined()
    expect(typeof body.elapsedMs).toBe('number')
    const [a, r, p, location, at, day, big, small, b] = body.rows[0]
    expect(a).toMatchObject({ id: `${P}-a`, labels: ['CypherFixture'], properties: { marker: 'a', small: 42, big: '9007199254740993' } })
    expect(r).toEqual({ id: `${P}-ab`, type: 'CYPHER_FIXTURE_LINK', properties: { id: `${P}-ab`, weight: 1 } })
    expect(p.nodes.map((n: { id: string }) => n.id)).toEqual([`${P}-a`, `${P}-b`])
    expect(p.relationships[0]).toMatchObject({ id: `${P}-ab`, type: 'CYPHER_FIXTURE_LINK', from: `${P}-a`, to: `${P}-b` })
    expect(location).toEqual({ latitude: 11.5564, longitude: 104.9282 })
    expect(at).toBe('2026-01-02T03:04:05.000Z')
    expect(day).toBe('2026-01-02')
    expect(big).toBe('9007199254740993')
    expect(small).toBe(42)
    expect(b).toBe(`${P}-b`)
  })

  it('JSON whole numbers are integers (LIMIT $n works)', async () => {
    const res = await post({ query: 'UNWIND range(1, 10) AS x RETURN x LIMIT $n', parameters: { n: 3 } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().rows).toEqual([[1], [2], [3]])
  })

  it('a trailing semicolon and comments are fine', async () => {
    const res = await post({ query: '// count\nMATCH (n:CypherFixture) WHERE n.id STARTS WITH $p RETURN count(n) AS c; /* done */', parameters: { p: P } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().rows).toEqual([[3]])
  })

  it.each([
    ['db.labels', 'label'], ['db.relationshipTypes', 'relationshipType'], ['db.propertyKeys', 'propertyKey'],
    ['db.schema.visualization', 'nodes'], ['db.schema.nodeTypeProperties', 'nodeType'], ['db.schema.relTypeProperties', 'relType']
  ])('the allow-listed procedure %s works', async (name, column) => {
    const res = await post({ query: `CALL ${name}()` })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().columns).toContain(column)
    expect(res.json().rowCount).toBeGreaterThan(0)
  })

  it('full-text index queries are allowed (read-only, on the graph\'s own indexes)', async () => {
    const res = await post({ query: "CALL db.index.fulltext.queryNodes('destination_text', $q) YIELD node, score RETURN node.id AS id, score LIMIT 3", parameters: { q: 'angkor' } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().columns).toEqual(['id', 'score'])
  })

  it('SHOW INDEXES and SHOW CONSTRAINTS are allowed (they describe the schema)', async () => {
    for (const query of ['SHOW INDEXES', 'SHOW CONSTRAINTS YIELD name RETURN name']) {
      const res = await post({ query })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json().rowCount).toBeGreaterThan(0)
    }
  })
})

describe('bounds', () => {
  it('maxRows cuts the result and says so', async () => {
    const res = await post({ query: 'UNWIND range(1, 50) AS x RETURN x', maxRows: 10 })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ rowCount: 10, truncated: true, truncatedBy: 'rows' })
    expect(res.json().rows.at(-1)).toEqual([10])
    const exact = await post({ query: 'UNWIND range(1, 10) AS x RETURN x', maxRows: 10 })
    expect(exact.json()).toMatchObject({ rowCount: 10, truncated: false })
  })

  it('the default row cap stops a huge result early', async () => {
    const started = performance.now()
    const res = await post({ query: 'UNWIND range(1, 100000000) AS x RETURN x' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ rowCount: 10_000, truncated: true, truncatedBy: 'rows' })
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('the byte cap cuts the result and says so', async () => {
    const small = await testApp({ CYPHER_MAX_BYTES: '2000' })
    try {
      const res = await post({ query: "UNWIND range(1, 1000) AS x RETURN x, 'twenty characters..' AS s" }, small)
      expect(res.statusCode, res.body).toBe(200)
      const body = res.json()
      expect(body).toMatchObject({ truncated: true, truncatedBy: 'bytes' })
      expect(body.rowCount).toBeGreaterThan(10)
      expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(2000)
    } finally {
      await small.close()
    }
  })

  it('refuses bodies outside the limits', async () => {
    expect((await post({ query: 'RETURN 1', timeoutMs: 10_001 })).statusCode).toBe(400)
    expect((await post({ query: 'RETURN 1', maxRows: 10_001 })).statusCode).toBe(400)
    expect((await post({ query: 'RETURN 1', database: 'system' })).statusCode).toBe(400)
    expect((await post({ query: '' })).statusCode).toBe(400)
  })

  it('a slow query answers 503 within its timeout plus one second, and the API stays responsive', async () => {
    const started = performance.now()
    const res = await post({
      query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b WITH a, b WHERE a * b = -1 RETURN a, b',
      timeoutMs: 1000
    })
    const elapsed = performance.now() - started
    console.log(`slow query answered ${res.statusCode} after ${Math.round(elapsed)} ms (timeoutMs 1000)`)
    expect([503, 504]).toContain(res.statusCode)
    expect(res.json()).toMatchObject({ type: 'urn:cci-atlas:problem:query-timeout', reason: 'timeout' })
    expect(elapsed).toBeLessThan(2000)
    const healthStarted = performance.now()
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200)
    const healthMs = performance.now() - healthStarted
    console.log(`/health answered after ${healthMs.toFixed(1)} ms`)
    expect(healthMs).toBeLessThan(200)
    expect((await post({ query: 'RETURN 1 AS one' })).json().rows).toEqual([[1]])
  }, 15_000)
})

describe('access', () => {
  let authApp: FastifyInstance
  const keyIds: string[] = []
  const keys: Record<string, string> = {}

  beforeAll(async () => {
    authApp = await testApp({ AUTH_DISABLED: 'false' })
    for (const role of ['analyst', 'reader'] as const) {
      const { key, record } = await createKey(testDb(), { name: `cypher test ${role}`, role })
      keys[role] = key
      keyIds.push(record.id)
    }
  })

  afterAll(async () => {
    await testDb().write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.id IN $ids DELETE k', { ids: keyIds }))
    await authApp?.close()
  })

  it('an analyst key may run a query', async () => {
    const res = await authApp.inject({ method: 'POST', url: '/cypher', headers: { authorization: `Bearer ${keys.analyst}` }, payload: { query: 'RETURN 1 AS one' } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().rows).toEqual([[1]])
  })

  it('a reader key gets 403, and no key 401', async () => {
    const res = await authApp.inject({ method: 'POST', url: '/cypher', headers: { authorization: `Bearer ${keys.reader}` }, payload: { query: 'RETURN 1 AS one' } })
    expect(res.statusCode).toBe(403)
    expect(res.json().type).toBe('urn:cci-atlas:problem:forbidden')
    expect((await authApp.inject({ method: 'POST', url: '/cypher', payload: { query: 'RETURN 1 AS one' } })).statusCode).toBe(401)
  })
})

describe('guard units', () => {
  it('finds a second statement only outside strings, identifiers and comments', () => {
    expect(scanText("RETURN ';' AS s").multipleStatements).toBe(false)
    expect(scanText('RETURN 1 AS `;`;').multipleStatements).toBe(false)
    expect(scanText('RETURN 1; // done\n/* really */ ').multipleStatements).toBe(false)
    expect(scanText("RETURN 'it\\'s' AS s; RETURN 2").multipleStatements).toBe(true)
    expect(checkText('WITH 1 AS use RETURN use')).toBeNull()
    expect(checkText('MATCH (n:Use {use: 1}) RETURN n.use')).toBeNull()
  })

  it('reads procedure names from plan details', () => {
    expect(procedureName('db.labels() :: (label :: STRING)')).toBe('db.labels')
    expect(procedureName('db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)')).toBe('db.index.fulltext.queryNodes')
    expect(procedureName(undefined)).toBeNull()
  })

  it('moves syntax-error positions back past the EXPLAIN prefix', () => {
    const message = 'Invalid input \'LIMT\' (line 1, column 28 (offset: 27))\n"EXPLAIN MATCH (n) RETURN n LIMT 5"\n                            ^'
    expect(unprefixMessage(message)).toBe('Invalid input \'LIMT\' (line 1, column 20 (offset: 19))\n"MATCH (n) RETURN n LIMT 5"\n                    ^')
  })
})
