// The gap-analysis engine: attainment and scores worked out by hand, no-data never reported as 0
// or 1, adding an indicator is adding a file, reports and snapshots.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { attainment, scoreOf, statusOf } from '../src/modules/gaps/engine.js'
import { IndicatorFileError, parseIndicator } from '../src/modules/gaps/registry.js'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'

describe('scoring (pure)', () => {
  it('attainment against the target, by unit and direction', () => {
    const ratioUp = { unit: 'ratio' as const, direction: 'higher-is-better' as const }
    expect(attainment(ratioUp, 0.4, 0.8)).toBeCloseTo(0.5)
    expect(attainment(ratioUp, 0.9, 0.8)).toBe(1)
    expect(attainment(ratioUp, null, 0.8)).toBeNull()
    const countDown = { unit: 'count' as const, direction: 'lower-is-better' as const }
    expect(attainment(countDown, 2, 4)).toBe(1)
    expect(attainment(countDown, 8, 4)).toBeCloseTo(0.5)
    const bool = { unit: 'boolean' as const, direction: 'higher-is-better' as const }
    expect(attainment(bool, true, 1)).toBe(1)
    expect(attainment(bool, false, 1)).toBe(0)
    expect(attainment(bool, null, 1)).toBeNull()
  })

  it('a recommendation scores the weighted mean of the indicators that have data; none → no-data', () => {
    // (1×0.5 + 3×1) / (1 + 3) = 0.875; the no-data indicator does not count as 0.
    expect(scoreOf([{ attainment: 0.5, weight: 1 }, { attainment: 1, weight: 3 }, { attainment: null, weight: 5 }])).toBe(0.875)
    expect(scoreOf([{ attainment: null, weight: 1 }, { attainment: null, weight: 1 }])).toBeNull()
    const t = { met: 0.8, gap: 0.4 }
    expect(statusOf(0.8, t)).toBe('met')
    expect(statusOf(0.79, t)).toBe('partial')
    expect(statusOf(0.4, t)).toBe('partial')
    expect(statusOf(0.39, t)).toBe('gap')
    expect(statusOf(null, t)).toBe('no-data')
  })

  it('refuses an indicator file with a missing or wrong header', () => {
    const ok = '// @id x-one\n// @recommendation R01\n// @title T\n// @description D\n// @unit ratio\n// @target 1\n// @direction higher-is-better\nRETURN $country AS value'
    expect(parseIndicator('x.cypher', ok).id).toBe('x-one')
    expect(() => parseIndicator('x.cypher', ok.replace('// @unit ratio', '// @unit percent'))).toThrow(IndicatorFileError)
    expect(() => parseIndicator('x.cypher', ok.replace('R01', 'R13'))).toThrow(/R01..R12/)
    expect(() => parseIndicator('x.cypher', ok.replace('// @title T\n', ''))).toThrow(/@title/)
  })
})

describe('the gap API on a hand-made indicator set', () => {
  // Two temporary indicators for R01 and one for R02, against a test country XW with hand-made data:
  //   x-kinds: share of {CreativeProducer, TourismOperator} kinds present in XW: only producers → 1/2.
  //   x-green: boolean "a green product exists" — XW has none → false (attainment 0).
  //   x-empty (R02): ratio over XW's regulations, of which there are none → no-data.
  // R01 = (0.5 + 0) / 2 = 0.25 → gap; R02 → no-data; every other recommendation → no-data.
  let app: FastifyInstance
  const dir = mkdtempSync(join(tmpdir(), 'indicators-'))
  const sdir = mkdtempSync(join(tmpdir(), 'suggestions-'))
  const inXW = "EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: coalesce($country, 'XW')}) }"

  beforeAll(async () => {
    writeFileSync(join(dir, 'x-kinds.cypher'), `// @id x-kinds
// @recommendation R01
// @title Kinds present
// @description Share of two kinds present.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence stakeholders
MATCH (s:Stakeholder) WHERE ${inXW} AND s.deletedAt IS NULL
WITH collect(s) AS all
WITH all, [k IN ['CreativeProducer', 'TourismOperator'] WHERE any(s IN all WHERE k IN labels(s))] AS present
RETURN toFloat(size(present)) / 2 AS value, size(present) AS numerator, 2 AS denominator, [s IN all | s.id][..$evidenceLimit] AS evidence
`)
    writeFileSync(join(dir, 'x-green.cypher'), `// @id x-green
// @recommendation R01
// @title Green products
// @description Whether a green product is made.
// @unit boolean
// @target 1
// @direction higher-is-better
MATCH (s:Stakeholder) WHERE ${inXW}
OPTIONAL MATCH (s)-[:PRODUCES]->(p:Product {green: true})
RETURN count(p) > 0 AS value, null AS numerator, null AS denominator, [] AS evidence
`)
    writeFileSync(join(dir, 'x-empty.cypher'), `// @id x-empty
// @recommendation R02
// @title Regulations covering IP
// @description Share of the country's regulations that cover IP.
// @unit ratio
// @target 1
// @direction higher-is-better
OPTIONAL MATCH (r:Regulation)-[:APPLIES_TO]->(:Country {id: coalesce($country, 'XW')})
WITH count(r) AS total, count(CASE WHEN 'ip' IN r.topics THEN r END) AS ip
RETURN CASE WHEN total = 0 THEN null ELSE toFloat(ip) / total END AS value, ip AS numerator, total AS denominator, [] AS evidence
`)
    writeFileSync(join(sdir, 'x-suggest.cypher'), `// @id x-suggest
// @recommendation R01
// @title Map tourism operators
// @description Suggest mapping tourism operators.
MATCH (s:Stakeholder:CreativeProducer) WHERE ${inXW}
RETURN 'Map the tourism operators that buy from ' + s.name AS action, 'no tourism operator is mapped in XW' AS reason, [s.id] AS ids
ORDER BY s.id LIMIT $limit
`)
    app = await testApp({ INDICATORS_DIR: dir, SUGGESTIONS_DIR: sdir })
    await testDb().write((tx) => tx.run("MATCH (n:Entity) WHERE n.id IN ['XW', 'XW-01', 't-gap-p1'] DETACH DELETE n"))
    for (const [url, payload] of [
      ['/countries', { id: 'XW', name: 'Test Country W' }],
      ['/provinces', { id: 'XW-01', name: 'Test Province W1', links: [{ type: 'IN', to: 'XW' }] }],
      ['/stakeholders', { id: 't-gap-p1', kind: 'CreativeProducer', name: 'Gap Producer', links: [{ type: 'LOCATED_IN', to: 'XW-01' }] }]
    ] as const) {
      const res = await app.inject({ method: 'POST', url, payload })
      if (res.statusCode !== 201) throw new Error(res.body)
    }
  })

  afterAll(async () => {
    await testDb().write((tx) => tx.run("MATCH (n:Entity) WHERE n.id IN ['XW', 'XW-01', 't-gap-p1'] DETACH DELETE n"))
    await testDb().write((tx) => tx.run("MATCH (s:GapSnapshot {country: 'XW'}) DELETE s"))
    await app.close()
    await closeTestDriver()
  })

  it('scores the new files (adding an indicator is adding a file), with evidence and suggestions', async () => {
    const res = await app.inject({ url: '/analysis/gaps?country=XW' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    const r01 = body.recommendations.find((r: { id: string }) => r.id === 'R01')
    expect(r01.indicators.map((i: { id: string, value: unknown, attainment: unknown }) => [i.id, i.value, i.attainment]).sort())
      .toEqual([['x-green', false, 0], ['x-kinds', 0.5, 0.5]])
    expect(r01.score).toBe(0.25)
    expect(r01.status).toBe('gap')
    const kinds = r01.indicators.find((i: { id: string }) => i.id === 'x-kinds')
    expect(kinds.numerator).toBe(1)
    expect(kinds.denominator).toBe(2)
    expect(kinds.evidence).toEqual([{ id: 't-gap-p1', name: 'Gap Producer', kind: 'CreativeProducer', url: '/stakeholders/t-gap-p1' }])
    expect(r01.suggestions).toEqual([{ id: 'x-suggest', title: 'Map tourism operators', action: 'Map the tourism operators that buy from Gap Producer', reason: 'no tourism operator is mapped in XW', ids: ['t-gap-p1'] }])
  })

  it('a recommendation with no data is no-data, not 0 or 1', async () => {
    const body = (await app.inject({ url: '/analysis/gaps?country=XW' })).json()
    const r02 = body.recommendations.find((r: { id: string }) => r.id === 'R02')
    expect(r02.indicators[0].value).toBeNull()
    expect(r02.indicators[0].attainment).toBeNull()
    expect(r02.score).toBeNull()
    expect(r02.status).toBe('no-data')
    expect(body.summary).toEqual({ met: 0, partial: 0, gap: 1, 'no-data': 11 })
  })

  it('thresholds and targets can be overridden per request', async () => {
    // x-kinds target 0.5 → attainment 1; R01 = (1 + 0) / 2 = 0.5; with met=0.5 → met.
    const body = (await app.inject({ url: '/analysis/gaps?country=XW&targets=x-kinds:0.5&met=0.5&gap=0.2' })).json()
    const r01 = body.recommendations.find((r: { id: string }) => r.id === 'R01')
    expect(r01.score).toBe(0.5)
    expect(r01.status).toBe('met')
    expect(r01.suggestions).toEqual([])
    expect((await app.inject({ url: '/analysis/gaps?country=XW&met=0.3&gap=0.6' })).statusCode).toBe(400)
  })

  it('drills down into one recommendation; 400 for an unknown id', async () => {
    const res = await app.inject({ url: '/analysis/gaps/R01?country=XW' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: 'R01', country: 'XW', status: 'gap' })
    expect((await app.inject({ url: '/analysis/gaps/R13?country=XW' })).statusCode).toBe(400)
  })

  it('reports as Markdown and as one self-contained HTML page with a chart', async () => {
    const md = await app.inject({ url: '/analysis/gaps?country=XW', headers: { accept: 'text/markdown' } })
    expect(md.headers['content-type']).toMatch(/^text\/markdown/)
    expect(md.body).toContain('| R01 | ')
    expect(md.body).toContain('Map the tourism operators that buy from Gap Producer')
    const html = await app.inject({ url: '/analysis/gaps?country=XW&format=html' })
    expect(html.headers['content-type']).toMatch(/^text\/html/)
    expect(html.body).toMatch(/^<!doctype html>/)
    expect(html.body).toContain('<svg')
    expect(html.body).not.toMatch(/<script|src="http|href="http/)
    expect((await app.inject({ url: '/analysis/gaps?country=XW', headers: { accept: 'image/png' } })).statusCode).toBe(406)
  })

  it('stores snapshots and reports the change since the last one', async () => {
    const first = await app.inject({ method: 'POST', url: '/analysis/gaps/snapshots', payload: { country: 'XW', note: 'test' } })
    expect(first.statusCode).toBe(201)
    expect(first.json().scores.R01).toBe(0.25)
    // A tourism operator arrives: x-kinds becomes 2/2, R01 = (1 + 0) / 2 = 0.5 → +25 points.
    const t = await app.inject({ method: 'POST', url: '/stakeholders', payload: { id: 't-gap-t1', kind: 'TourismOperator', name: 'Gap Tours', links: [{ type: 'LOCATED_IN', to: 'XW-01' }] } })
    expect(t.statusCode).toBe(201)
    try {
      const md = (await app.inject({ url: '/analysis/gaps?country=XW&format=markdown' })).body
      expect(md).toMatch(/\| R01 \| [^|]+ \| 50% \| partial \| \+25 \|/)
      const list = (await app.inject({ url: '/analysis/gaps/snapshots?country=XW' })).json()
      expect(list.items[0].scores.R01).toBe(0.25)
    } finally {
      await testDb().write((tx) => tx.run("MATCH (n:Entity {id: 't-gap-t1'}) DETACH DELETE n"))
    }
  })
})
