// Gap-analysis indicators (cypher/indicators/*.cypher) and suggestion generators (cypher/suggestions/*.cypher):
// every file's header, and every statement run on a small hand-built graph in three test countries whose
// expected values are worked out by hand below. The region (country null) includes the shared sample data,
// so it is checked for shape only.
//
// Country XM (provinces XM-01 "Xm North", XM-02 "Xm South"), XN (XN-01), XP (XP-01, nothing in it).
//   XM-01: G1 Government (loc)            G1 —PARTNERS_WITH→ O1; G1 RUNS I1 (training) and I2 (infrastructure, green)
//          O1 CCIOrganisation (loc) tag digital-platform; Fashion design; dissemination; ACTIVE_AT C1 {exhibits};
//             O1 —PARTNERS_WITH→ N1 (XN); O1 RUNS I3 (export)
//          P1 CreativeProducer (loc) Crafts; creation, production; ACTIVE_AT H1 {sells}; SUPPLIES O1 and T1;
//             PRODUCES PR1 (green, certified, Crafts)
//          P2 CreativeProducer (loc) Crafts; creation; PRODUCES PR2 (not green, Crafts); no link
//          T1 TourismOperator (loc) Travel services + Crafts; consumption; ACTIVE_AT H1 {operates}
//          E1 EducationProvider (loc) Education; TRAINS_IN Crafts and domain A
//          V1 Investor (loc) INVESTS_IN P1 {1000, green}, O1 {3000, not green}
//   XM-02: G2 Government (no loc); no link
//          O2 CCIOrganisation (loc) Crafts; dissemination, exhibition; no link but V2's investment
//          P3 CreativeProducer (no loc) Video games (digital); creation; PRODUCES PR3 (green, unclassified)
//          T2 TourismOperator (loc) Travel services; consumption; ACTIVE_AT H2 {operates}
//          V2 Investor (loc) INVESTS_IN O2 {4000, not green}
//   Initiatives: I1 training SUPPORTS P2, P3; I2 infrastructure (green) SUPPORTS P1; I3 export SUPPORTS P1
//   Destinations: H1 heritage site XM-01; C1 creative city XM-01; H2 heritage site XM-02; D1 market XM-02
//   Regulations: RG1 national, XM, topics culture+green, COVERS Crafts (C) and Museums (A), ISSUED_BY G1
//                RG2 national, XN, topics ip+digital
//   XN-01: N1 CCIOrganisation (loc, digital-platform) Crafts + Fashion; Q1 CreativeProducer (loc) SUPPLIES N1
//
// XM has 12 stakeholders (G1 G2 O1 O2 P1 P2 P3 T1 T2 E1 V1 V2), 5 CCI actors (O1 O2 P1 P2 P3), 3 producers,
// 3 products, 4 destinations of which 3 are heritage sites or creative cities.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import neo4j from 'neo4j-driver'
import type { FastifyInstance } from 'fastify'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'
import { create } from './helpers/assert.js'
import { projectRoot } from '../src/paths.js'

const X = 't-ind'
const id = (s: string) => `${X}-${s}`
const PLACES = ['XM', 'XN', 'XP', 'XM-01', 'XM-02', 'XN-01', 'XP-01']
const INDICATORS = join(projectRoot, 'cypher', 'indicators')
const SUGGESTIONS = join(projectRoot, 'cypher', 'suggestions')

interface CypherFile { file: string, tags: Map<string, string>, text: string }

function readCypherFiles (dir: string): CypherFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort().map((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const tags = new Map<string, string>()
    let last: string | null = null
    for (const raw of text.split('\n')) {
      const line = raw.trim()
      if (!line.startsWith('//')) break
      const content = line.replace(/^\/\/\s?/, '')
      const tag = /^@(\w+)\s*(.*)$/.exec(content)
      if (tag !== null) {
        last = tag[1]!
        tags.set(last, tag[2]!.trim())
      } else if (last !== null) {
        tags.set(last, `${tags.get(last)} ${content}`.trim())
      }
    }
    return { file, tags, text }
  })
}

const indicators = readCypherFiles(INDICATORS)
const suggestions = readCypherFiles(SUGGESTIONS)
const indicatorById = new Map(indicators.map((f) => [f.tags.get('id')!, f]))
const suggestionById = new Map(suggestions.map((f) => [f.tags.get('id')!, f]))

const plain = (v: unknown): unknown => {
  if (neo4j.isInt(v)) return v.toNumber()
  if (Array.isArray(v)) return v.map(plain)
  return v
}

interface Row { value: number | boolean | null, numerator: number | null, denominator: number | null, evidence: string[] }

async function indicator (name: string, country: string | null, evidenceLimit = 10): Promise<Row> {
  const file = indicatorById.get(name)
  if (file === undefined) throw new Error(`no indicator ${name}`)
  const result = await testDb().read((tx) => tx.run(file.text, { country, evidenceLimit: neo4j.int(evidenceLimit) }))
  expect(result.records, `${name} returns exactly one row`).toHaveLength(1)
  const r = result.records[0]!
  return {
    value: plain(r.get('value')) as Row['value'],
    numerator: plain(r.get('numerator')) as number | null,
    denominator: plain(r.get('denominator')) as number | null,
    evidence: plain(r.get('evidence')) as string[]
  }
}

interface Suggested { action: string, reason: string, ids: string[] }

async function suggest (name: string, country: string | null, limit = 10): Promise<Suggested[]> {
  const file = suggestionById.get(name)
  if (file === undefined) throw new Error(`no suggestion ${name}`)
  const result = await testDb().read((tx) => tx.run(file.text, { country, limit: neo4j.int(limit) }))
  return result.records.map((r) => ({ action: r.get('action') as string, reason: r.get('reason') as string, ids: plain(r.get('ids')) as string[] }))
}

let app: FastifyInstance

async function cleanup () {
  await testDb().write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $p OR n.id IN $places DETACH DELETE n', { p: `${X}-`, places: PLACES }))
}

const at = (latitude: number, longitude: number) => ({ location: { latitude, longitude } })
const NAMES = {
  XM01: 'Xm North', XM02: 'Xm South', H2: 'Old Xm Citadel', P1: 'Xm Silk Weavers', P2: 'Xm Basket Makers', P3: 'Xm Pixel Games',
  O1: 'Xm Fashion Market Online', O2: 'Xm Craft Shop', G2: 'Xm South Culture Office', I2: 'Xm Market Hall Programme',
  E1: 'Xm Arts College', RG2: 'Xn Digital Copyright Act', T2: 'Xm South Tours', V2: 'Xm Growth Fund', N1: 'Xn Craft and Design Hub', PR1: 'Xm green silk scarf',
  PR2: 'Xm rattan basket', PR3: 'Xm eco game'
}

beforeAll(async () => {
  app = await testApp()
  await cleanup()
  const post = (url: string, payload: object) => create(app, url, payload)
  for (const [c, name] of [['XM', 'Test Country M'], ['XN', 'Test Country N'], ['XP', 'Test Country P']]) await post('/countries', { id: c, name })
  await post('/provinces', { id: 'XM-01', name: NAMES.XM01, links: [{ type: 'IN', to: 'XM' }] })
  await post('/provinces', { id: 'XM-02', name: NAMES.XM02, links: [{ type: 'IN', to: 'XM' }] })
  await post('/provinces', { id: 'XN-01', name: 'Xn Central', links: [{ type: 'IN', to: 'XN' }] })
  await post('/provinces', { id: 'XP-01', name: 'Xp Central', links: [{ type: 'IN', to: 'XP' }] })
  const inM1 = { type: 'LOCATED_IN', to: 'XM-01' }
  const inM2 = { type: 'LOCATED_IN', to: 'XM-02' }
  await post('/destinations', { id: id('H1'), name: 'Xm Temple', kinds: ['heritage_site'], ...at(-60, 60), links: [inM1] })
  await post('/destinations', { id: id('C1'), name: 'Xm Design City', kinds: ['creative_city'], ...at(-60.02, 60.02), links: [inM1] })
  await post('/destinations', { id: id('H2'), name: NAMES.H2, kinds: ['heritage_site'], ...at(-61, 61), links: [inM2] })
  await post('/destinations', { id: id('D1'), name: 'Xm South Market', kinds: ['market'], ...at(-61.03, 61.03), links: [inM2] })
  const stakeholder = (key: string, kind: string, name: string, extra: object, links: object[]) =>
    post('/stakeholders', { id: id(key), kind, name, ...extra, links })
  await stakeholder('G1', 'Government', 'Xm Ministry of Culture', at(-60, 60.03), [inM1])
  await stakeholder('G2', 'Government', NAMES.G2, {}, [inM2])
  await stakeholder('O1', 'CCIOrganisation', NAMES.O1, { ...at(-60.01, 60.02), tags: ['digital-platform'] }, [inM1,
    { type: 'WORKS_IN', to: 'fcs-f-fashion' }, { type: 'ACTIVE_IN', to: 'stage-dissemination' },
    { type: 'ACTIVE_AT', to: id('C1'), properties: { role: 'exhibits' } }, { type: 'PARTNERS_WITH', from: id('G1') }])
  await stakeholder('O2', 'CCIOrganisation', NAMES.O2, at(-61.01, 61.01), [inM2,
    { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'ACTIVE_IN', to: 'stage-dissemination' }, { type: 'ACTIVE_IN', to: 'stage-exhibition' }])
  await stakeholder('N1', 'CCIOrganisation', NAMES.N1, { ...at(-61.2, 61.2), tags: ['digital-platform'] }, [{ type: 'LOCATED_IN', to: 'XN-01' },
    { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'WORKS_IN', to: 'fcs-f-fashion' }, { type: 'PARTNERS_WITH', from: id('O1') }])
  await stakeholder('Q1', 'CreativeProducer', 'Xn Potters', at(-62.5, 62.5), [{ type: 'LOCATED_IN', to: 'XN-01' },
    { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'SUPPLIES', to: id('N1') }])
  await stakeholder('T1', 'TourismOperator', 'Xm Temple Tours', at(-60.01, 60), [inM1,
    { type: 'WORKS_IN', to: 'fcs-g-travel-services' }, { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'ACTIVE_IN', to: 'stage-consumption' },
    { type: 'ACTIVE_AT', to: id('H1'), properties: { role: 'operates' } }])
  await stakeholder('P1', 'CreativeProducer', NAMES.P1, at(-60, 60.01), [inM1,
    { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'ACTIVE_IN', to: 'stage-creation' }, { type: 'ACTIVE_IN', to: 'stage-production' },
    { type: 'ACTIVE_AT', to: id('H1'), properties: { role: 'sells' } }, { type: 'SUPPLIES', to: id('O1') }, { type: 'SUPPLIES', to: id('T1') }])
  await stakeholder('P2', 'CreativeProducer', NAMES.P2, at(-60.05, 60.05), [inM1,
    { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'ACTIVE_IN', to: 'stage-creation' }])
  await stakeholder('P3', 'CreativeProducer', NAMES.P3, {}, [inM2,
    { type: 'WORKS_IN', to: 'fcs-e-video-games' }, { type: 'ACTIVE_IN', to: 'stage-creation' }])
  await stakeholder('T2', 'TourismOperator', NAMES.T2, at(-61.02, 61), [inM2,
    { type: 'WORKS_IN', to: 'fcs-g-travel-services' }, { type: 'ACTIVE_IN', to: 'stage-consumption' },
    { type: 'ACTIVE_AT', to: id('H2'), properties: { role: 'operates' } }])
  await stakeholder('E1', 'EducationProvider', NAMES.E1, at(-60.03, 60), [inM1,
    { type: 'WORKS_IN', to: 'fcs-t-education' }, { type: 'TRAINS_IN', to: 'fcs-c-crafts' }, { type: 'TRAINS_IN', to: 'fcs-a' }])
  await stakeholder('V1', 'Investor', 'Xm Impact Fund', at(-60.04, 60.04), [inM1,
    { type: 'INVESTS_IN', to: id('P1'), properties: { amountUsd: 1000, green: true } },
    { type: 'INVESTS_IN', to: id('O1'), properties: { amountUsd: 3000, green: false } }])
  await stakeholder('V2', 'Investor', NAMES.V2, at(-61, 61.05), [inM2,
    { type: 'INVESTS_IN', to: id('O2'), properties: { amountUsd: 4000, green: false } }])
  await post('/products', { id: id('PR1'), name: NAMES.PR1, green: true, certified: 'Xm craft mark', links: [{ type: 'IN_SECTOR', to: 'fcs-c-crafts' }, { type: 'PRODUCES', from: id('P1') }] })
  await post('/products', { id: id('PR2'), name: NAMES.PR2, green: false, links: [{ type: 'IN_SECTOR', to: 'fcs-c-crafts' }, { type: 'PRODUCES', from: id('P2') }] })
  await post('/products', { id: id('PR3'), name: NAMES.PR3, green: true, links: [{ type: 'PRODUCES', from: id('P3') }] })
  await post('/initiatives', { id: id('I1'), name: 'Xm Makers Academy', kind: 'training', green: false, links: [{ type: 'RUNS', from: id('G1') }, { type: 'SUPPORTS', to: id('P2') }, { type: 'SUPPORTS', to: id('P3') }] })
  await post('/initiatives', { id: id('I2'), name: NAMES.I2, kind: 'infrastructure', green: true, links: [{ type: 'RUNS', from: id('G1') }, { type: 'SUPPORTS', to: id('P1') }] })
  await post('/initiatives', { id: id('I3'), name: 'Xm Export Fair', kind: 'export', green: false, links: [{ type: 'RUNS', from: id('O1') }, { type: 'SUPPORTS', to: id('P1') }] })
  await post('/regulations', { id: id('RG1'), title: 'Xm Culture and Green Crafts Law', kind: 'law', scope: 'national', year: 2020, topics: ['culture', 'green'],
    links: [{ type: 'APPLIES_TO', to: 'XM' }, { type: 'COVERS', to: 'fcs-c' }, { type: 'COVERS', to: 'fcs-a-museums' }, { type: 'ISSUED_BY', to: id('G1') }] })
  await post('/regulations', { id: id('RG2'), title: NAMES.RG2, kind: 'law', scope: 'national', year: 2021, topics: ['ip', 'digital'], links: [{ type: 'APPLIES_TO', to: 'XN' }] })
})

afterAll(async () => {
  await cleanup()
  await app.close()
  await closeTestDriver()
})

describe('indicator and suggestion files', () => {
  const RECS = Array.from({ length: 12 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`)

  it('every indicator header is complete and valid; ids are unique and name the file', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(24)
    const ids = new Set<string>()
    for (const { file, tags, text } of indicators) {
      const idTag = tags.get('id') ?? ''
      expect(idTag, file).toMatch(/^[a-z][a-z0-9-]+$/)
      expect(`${idTag}.cypher`).toBe(file)
      expect(ids.has(idTag), `${idTag} unique`).toBe(false)
      ids.add(idTag)
      expect(tags.get('recommendation'), file).toMatch(/^R(0[1-9]|1[0-2])$/)
      for (const t of ['title', 'description', 'evidence']) expect(tags.get(t)?.length ?? 0, `${file} @${t}`).toBeGreaterThan(3)
      expect(['ratio', 'count', 'boolean'], file).toContain(tags.get('unit'))
      expect(['higher-is-better', 'lower-is-better'], file).toContain(tags.get('direction'))
      expect(Number.isFinite(Number(tags.get('target'))), `${file} @target`).toBe(true)
      if (tags.get('unit') === 'boolean') expect(tags.get('target'), file).toBe('1')
      if (tags.has('weight')) expect(Number(tags.get('weight')), file).toBeGreaterThan(0)
      expect(text, file).toMatch(/\$country\b/)
      expect(text, file).toMatch(/\$evidenceLimit\b/)
      // Only the two parameters of the contract.
      expect([...new Set(text.match(/\$[A-Za-z]+/g))].sort(), file).toEqual(['$country', '$evidenceLimit'])
    }
    for (const rec of RECS) expect(indicators.filter((f) => f.tags.get('recommendation') === rec).length, rec).toBeGreaterThanOrEqual(2)
  })

  it('every suggestion header is complete; ids are unique; every recommendation has one, including the five of the issue', () => {
    const ids = new Set<string>()
    for (const { file, tags, text } of suggestions) {
      const idTag = tags.get('id') ?? ''
      expect(idTag, file).toMatch(/^s-[a-z0-9-]+$/)
      expect(`${idTag}.cypher`).toBe(file)
      expect(ids.has(idTag)).toBe(false)
      ids.add(idTag)
      expect(tags.get('recommendation'), file).toMatch(/^R(0[1-9]|1[0-2])$/)
      for (const t of ['title', 'description']) expect(tags.get(t)?.length ?? 0, `${file} @${t}`).toBeGreaterThan(3)
      expect([...new Set(text.match(/\$[A-Za-z]+/g))].sort(), file).toEqual(['$country', '$limit'])
    }
    for (const rec of RECS) expect(suggestions.filter((f) => f.tags.get('recommendation') === rec).length, rec).toBeGreaterThanOrEqual(1)
    for (const issue of ['s-r12-link-producers-to-sites', 's-r03-connect-cci-to-government', 's-r02-fill-value-chain-stages',
      's-r04-adopt-ip-digital-regulation', 's-r07-link-traditional-contemporary']) expect(ids.has(issue), issue).toBe(true)
  })
})

// Expected values in XM, worked out from the graph drawn at the top of this file.
// [indicator, value, numerator, denominator, evidence]
const XM_EXPECTED: [string, number | boolean | null, number | null, number | null, string[]][] = [
  // 6 of the 9 kinds (no NGO, international partner, community); the first of each kind, in kind order.
  ['r01-kinds-present', 6 / 9, 6, 9, ['G1', 'O1', 'P1', 'T1', 'E1', 'V1'].map(id)],
  // active (a stage) in C (O2 P1 P2 T1), E (P3), F (O1); A, B, D missing.
  ['r01-domains-active', 3 / 6, 3, 6, ['fcs-a', 'fcs-b', 'fcs-d']],
  // G2 and P3 have no coordinates: 10 of 12.
  ['r01-stakeholders-located', 10 / 12, 10, 12, [id('G2'), id('P3')]],
  // C: creation (P1 P2), production (P1), dissemination + exhibition (O2), consumption (T1): the only complete chain.
  ['r02-value-chains-complete', 1 / 6, 1, 6, ['fcs-a', 'fcs-b', 'fcs-d', 'fcs-e', 'fcs-f']],
  // PR3 has no sector.
  ['r02-products-classified', 2 / 3, 2, 3, [id('PR3')]],
  // RG1 covers C (fcs-c) and A (through Museums).
  ['r02-domains-regulated', 2 / 6, 2, 6, ['fcs-b', 'fcs-d', 'fcs-e', 'fcs-f']],
  // O1 partners G1; P1, P2, P3 are supported by initiatives G1 runs (2 hops); O2 is alone.
  ['r03-cci-near-government', 4 / 5, 4, 5, [id('O2')]],
  ['r03-government-initiatives', 2, 2, null, [id('I1'), id('I2')]],
  // G1 partners O1; G2 has no tie.
  ['r03-government-cci-dialogue', 1 / 2, 1, 2, [id('G2')]],
  ['r04-ip-digital-regulation', false, 0, 1, []],
  // P1 sells through O1 (a platform in XM, which has no IP-for-digital regulation).
  ['r04-producers-protected-online', 0, 0, 3, [id('P1')]],
  // one infrastructure initiative (I2) for 12 stakeholders.
  ['r05-infrastructure-per-100', 100 / 12, 1, 12, [id('I2')]],
  // I2 supports P1 in XM-01: H1 and C1 covered; H2 (heritage first) and D1 not.
  ['r05-destinations-infrastructure', 2 / 4, 2, 4, [id('H2'), id('D1')]],
  ['r06-green-products', 2 / 3, 2, 3, [id('PR1'), id('PR3')]],
  // RG1 (green topic) and I2 (green).
  ['r06-green-policy', 2, 2, null, [id('I2'), id('RG1')]],
  // traditional: O2, P1, P2 (crafts); P1 supplies O1 (fashion).
  ['r07-traditional-linked', 1 / 3, 1, 3, [id('O2'), id('P2')]],
  // P2 shares I1 with P3 (video games, digital).
  ['r07-traditional-shared-networks', 1 / 3, 1, 3, [id('O2'), id('P1')]],
  // E1 trains in crafts (C) and A.
  ['r08-domains-trained', 2 / 6, 2, 6, ['fcs-b', 'fcs-d', 'fcs-e', 'fcs-f']],
  // one training initiative for 5 CCI actors.
  ['r08-training-per-100-cci', 20, 1, 5, [id('I1')]],
  ['r08-cci-reached-by-training', 2 / 5, 2, 5, [id('O1'), id('O2'), id('P1')]],
  // P1 supplies O1 (dissemination) and is in I3 (export).
  ['r09-producers-reach-market', 1 / 3, 1, 3, [id('P2'), id('P3')]],
  ['r09-producers-in-export-branding', 1 / 3, 1, 3, [id('P1')]],
  ['r09-products-certified', 1 / 3, 1, 3, [id('PR1')]],
  // O1 —PARTNERS_WITH— N1 (XN).
  ['r10-cross-border-partnerships', 1, 1, null, [id('O1')]],
  ['r10-partner-countries', 1, 1, null, ['XN']],
  ['r10-cci-orgs-partner-abroad', 1 / 2, 1, 2, [id('O2')]],
  // USD 1000 green of 1000 + 3000 + 4000.
  ['r11-green-investment-amount', 1000 / 8000, 1000, 8000, [id('P1')]],
  ['r11-green-investment-links', 1 / 3, 1, 3, [id('V2')]],
  // H1 (P1 at the site), C1 (O1 at the city, P1 supplies O1); H2 has only T2.
  ['r12-sites-with-producers', 2 / 3, 2, 3, [id('H2')]],
  ['r12-tourism-operators-linked', 1 / 2, 1, 2, [id('T2')]],
  ['r12-producers-at-destinations', 1 / 3, 1, 3, [id('P2'), id('P3')]]
]

// XP has a province and nothing else: ratios over stakeholders are no-data (null), counts are 0.
const XP_EXPECTED: Record<string, number | boolean | null> = {
  'r02-domains-regulated': 0,
  'r03-government-initiatives': 0,
  'r04-ip-digital-regulation': false,
  'r06-green-policy': 0,
  'r10-cross-border-partnerships': 0,
  'r10-partner-countries': 0
}

describe('indicators on the hand-built graph', () => {
  it('every indicator file has a hand-worked expectation', () => {
    expect(XM_EXPECTED.map(([name]) => name).sort()).toEqual([...indicatorById.keys()].sort())
  })

  it.each(XM_EXPECTED)('%s in XM', async (name, value, numerator, denominator, evidence) => {
    const row = await indicator(name, 'XM')
    if (typeof value === 'number') expect(row.value as number).toBeCloseTo(value, 6)
    else expect(row.value).toBe(value)
    expect(row.numerator === null ? null : Number(row.numerator)).toBe(numerator)
    expect(row.denominator === null ? null : Number(row.denominator)).toBe(denominator)
    expect(row.evidence).toEqual(evidence)
  })

  it.each([...indicatorById.keys()])('%s in XP (nothing mapped): no-data, never a false zero', async (name) => {
    const row = await indicator(name, 'XP')
    const expected = name in XP_EXPECTED ? XP_EXPECTED[name] : null
    expect(row.value).toBe(expected)
    // Regulation coverage is judged even with no stakeholder: every domain is uncovered.
    expect(row.evidence).toEqual(name === 'r02-domains-regulated' ? ['fcs-a', 'fcs-b', 'fcs-c', 'fcs-d', 'fcs-e', 'fcs-f'] : [])
    if (indicatorById.get(name)!.tags.get('unit') === 'ratio') expect(row.denominator ?? 0).toBe(name === 'r02-domains-regulated' ? 6 : 0)
  })

  it('XN: an IP regulation for digital trade protects the producer selling through its platform', async () => {
    expect(await indicator('r04-ip-digital-regulation', 'XN')).toEqual({ value: true, numerator: 1, denominator: 1, evidence: [id('RG2')] })
    const online = await indicator('r04-producers-protected-online', 'XN')
    expect([online.value, online.numerator, online.denominator, online.evidence]).toEqual([1, 1, 1, []])
    expect(await indicator('r10-partner-countries', 'XN')).toEqual({ value: 1, numerator: 1, denominator: null, evidence: ['XM'] })
    expect((await indicator('r10-cross-border-partnerships', 'XN')).evidence).toEqual([id('N1')])
  })

  it('caps evidence at evidenceLimit', async () => {
    expect((await indicator('r01-kinds-present', 'XM', 2)).evidence).toEqual([id('G1'), id('O1')])
    expect((await indicator('r02-value-chains-complete', 'XM', 1)).evidence).toEqual(['fcs-a'])
  })

  it.each([...indicatorById.keys()])('%s for the region (country null): one row of the right shape', async (name) => {
    const unit = indicatorById.get(name)!.tags.get('unit')
    const row = await indicator(name, null, 5)
    if (unit === 'boolean') expect(['boolean', 'object']).toContain(typeof row.value)
    else if (row.value !== null) expect(Number.isFinite(row.value)).toBe(true)
    if (unit === 'ratio' && row.value !== null) {
      expect(row.value as number).toBeGreaterThanOrEqual(0)
      expect(row.value as number).toBeLessThanOrEqual(1)
      expect(row.value as number).toBeCloseTo(Number(row.numerator) / Number(row.denominator), 9)
    }
    expect(Array.isArray(row.evidence)).toBe(true)
    expect(row.evidence.length).toBeLessThanOrEqual(5)
    for (const e of row.evidence) expect(typeof e).toBe('string')
    // The region never includes the test countries.
    expect(row.evidence.some((e) => e.startsWith(`${X}-`))).toBe(false)
  })
})

describe('suggestions on the hand-built graph', () => {
  it.each([...suggestionById.keys()])('%s runs for XM with rows of the right shape naming real nodes', async (name) => {
    const rows = await suggest(name, 'XM')
    expect(rows.length, name).toBeGreaterThan(0)
    for (const r of rows) {
      expect(typeof r.action).toBe('string')
      expect(r.action.length).toBeGreaterThan(10)
      expect(typeof r.reason).toBe('string')
      expect(r.reason.length).toBeGreaterThan(10)
      expect(r.ids.length).toBeGreaterThan(0)
    }
    const all = [...new Set(rows.flatMap((r) => r.ids))]
    const found = await testDb().read((tx) => tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', { ids: all }))
    expect(Number(found.records[0]!.get('n'))).toBe(all.length)
    expect((await suggest(name, 'XM', 1)).length).toBe(1)
  })

  it('R12: heritage sites with no producer within two hops, with the nearest producers', async () => {
    const rows = await suggest('s-r12-link-producers-to-sites', 'XM')
    // H2 (-61, 61): P2 (-60.05, 60.05) ≈ 118 km, P1 (-60, 60.01) ≈ 124 km; H1 and C1 are covered.
    expect(rows.slice(0, 2).map((r) => r.ids)).toEqual([[id('H2'), id('P2')], [id('H2'), id('P1')]])
    expect(rows[0]!.action).toMatch(new RegExp(`^Link ${NAMES.H2} with ${NAMES.P2} \\(11[5-9]\\.\\d km\\)$`))
    expect(rows[0]!.reason).toContain('no creative producer within two hops')
    expect(rows.every((r) => r.ids[0] === id('H2'))).toBe(true)
  })

  it('R03: CCI organisations with no government partner, with the government bodies of their province', async () => {
    const rows = await suggest('s-r03-connect-cci-to-government', 'XM')
    expect(rows.map((r) => r.ids)).toEqual([[id('O2'), id('G2')]])
    expect(rows[0]!.action).toBe(`Bring ${NAMES.O2} into dialogue with ${NAMES.G2}`)
    expect(rows[0]!.reason).toContain(NAMES.XM02)
  })

  it('R02: culture-cycle stages with no actor in a domain', async () => {
    const rows = await suggest('s-r02-fill-value-chain-stages', 'XM')
    // E (P3: creation) and F (O1: dissemination) each miss four stages; C is complete.
    expect(rows).toHaveLength(8)
    expect(rows[0]!.ids).toEqual(['fcs-e', 'stage-production', 'XM', id('P3')])
    expect(rows[0]!.action).toBe('Map or support production actors for Audio-visual and Interactive Media in Test Country M')
    expect(rows.some((r) => r.ids[0] === 'fcs-c')).toBe(false)
    expect(rows.filter((r) => r.ids[0] === 'fcs-f').map((r) => r.ids[1])).toEqual(['stage-creation', 'stage-production', 'stage-exhibition', 'stage-consumption'])
  })

  it('R04: a country with no e-business IP regulation, and the neighbour that has one', async () => {
    const rows = await suggest('s-r04-adopt-ip-digital-regulation', 'XM')
    expect(rows.map((r) => r.ids)).toEqual([['XM', id('RG2')]])
    expect(rows[0]!.action).toContain(NAMES.RG2)
    expect(rows[0]!.reason).toContain('1 creative producers sell through digital platforms')
    expect(rows[0]!.reason).toContain('neighbours with one: XN')
    expect(await suggest('s-r04-adopt-ip-digital-regulation', 'XN')).toEqual([])
  })

  it('R07: traditional producers with a contemporary creative in the same province but no link', async () => {
    const rows = await suggest('s-r07-link-traditional-contemporary', 'XM')
    expect(rows.map((r) => r.ids)).toEqual([[id('P2'), id('O1')]])
    expect(rows[0]!.action).toMatch(new RegExp(`^Link ${NAMES.P2} \\(Crafts\\) with ${NAMES.O1} \\(Fashion design\\) \\(\\d+\\.\\d km\\)$`))
    expect(rows[0]!.reason).toContain(NAMES.XM01)
  })

  it('the other recommendations: one concrete candidate each', async () => {
    const ids = async (name: string) => (await suggest(name, 'XM')).map((r) => r.ids)
    expect((await ids('s-r01-geocode-stakeholders'))).toEqual([[id('P3'), 'XM-02'], [id('G2'), 'XM-02']])
    expect((await ids('s-r05-infrastructure-for-destinations'))[0]).toEqual([id('H2'), 'XM-02', id('I2')])
    expect((await suggest('s-r05-infrastructure-for-destinations', 'XM'))[0]!.action).toBe(`Extend ${NAMES.I2} to ${NAMES.XM02}, starting with ${NAMES.H2}`)
    expect(await ids('s-r06-green-product-peers')).toEqual([[id('P2'), id('PR2'), id('PR1'), id('P1')]])
    expect((await ids('s-r08-train-in-missing-domains')).map((r) => r.slice(0, 3))).toEqual([['fcs-e', 'XM', id('E1')], ['fcs-f', 'XM', id('E1')]])
    expect(await ids('s-r09-connect-producers-to-market')).toEqual([[id('P2'), id('O2')]])
    expect(await ids('s-r10-partner-abroad')).toEqual([[id('O2'), id('N1'), 'XN']])
    expect(await ids('s-r11-green-investment-targets')).toEqual([[id('V2'), id('P3'), id('PR3')]])
    expect((await suggest('s-r11-green-investment-targets', 'XM'))[0]!.action).toBe(`Direct ${NAMES.V2}'s next investment to ${NAMES.P3}, which makes ${NAMES.PR3}`)
    expect(await ids('s-r12-link-tourism-operators')).toEqual([[id('T2'), id('P3'), 'XM-02']])
  })

  it.each([...suggestionById.keys()])('%s for the region: rows of the right shape, within the limit', async (name) => {
    const rows = await suggest(name, null, 3)
    expect(rows.length).toBeLessThanOrEqual(3)
    for (const r of rows) {
      expect(typeof r.action).toBe('string')
      expect(typeof r.reason).toBe('string')
      expect(r.ids.every((x) => typeof x === 'string')).toBe(true)
    }
  })
})
