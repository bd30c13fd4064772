// On the sample ecosystem (data/sample, loaded by the test setup), the five countries come out
// different and the gaps planted on purpose (data/sample/README.md) show up with the right evidence.
// Only figures that other test files cannot disturb are asserted (they write in their own test
// countries or in KH-17, so KH's stakeholder-based figures are left alone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { closeTestDriver, testApp } from './helpers/app.js'

let app: FastifyInstance
type Rec = { id: string, score: number | null, status: string, indicators: { id: string, value: unknown, evidence: { id: string }[] }[], suggestions: { action: string, ids: string[] }[] }
const rec = async (id: string, country: string): Promise<Rec> => (await app.inject({ url: `/analysis/gaps/${id}?country=${country}` })).json()

beforeAll(async () => { app = await testApp() })
afterAll(async () => {
  await app.close()
  await closeTestDriver()
})

describe('gap analysis on the sample ecosystem', () => {
  it('gives the five countries different profiles', async () => {
    const res = await app.inject({ url: '/analysis/gaps/compare?countries=KH,LA,MM,TH,VN' })
    expect(res.statusCode).toBe(200)
    const recs = res.json().recommendations as { id: string, scores: Record<string, number | null> }[]
    const profiles = ['KH', 'LA', 'MM', 'TH', 'VN'].map((c) => JSON.stringify(recs.map((r) => r.scores[c])))
    expect(new Set(profiles).size).toBe(5)
    // TH is the mature ecosystem of the sample: no recommendation of it scores below LA's or MM's on R04.
    expect(recs.find((r) => r.id === 'R04')!.scores.TH).toBe(1)
  })

  it('KH, LA and MM: no e-business IP regulation (R04 gap), and the neighbours that have one are named', async () => {
    for (const c of ['KH', 'LA', 'MM']) {
      const r04 = await rec('R04', c)
      expect(r04.status, c).toBe('gap')
      expect(r04.suggestions.length, c).toBeGreaterThan(0)
    }
  })

  it('LA: Plain of Jars and Vat Phou have no creative producer within two hops (R12 evidence), with candidates to link', async () => {
    const r12 = await rec('R12', 'LA')
    const sites = r12.indicators.find((i) => i.id === 'r12-sites-with-producers')!
    expect(sites.evidence.map((e) => e.id).sort()).toEqual(['whc-1587', 'whc-481'])
    expect(r12.suggestions.some((s) => s.ids.includes('whc-1587'))).toBe(true)
  })

  it('LA has no investor: green investment is no-data, not 0', async () => {
    const r11 = await rec('R11', 'LA')
    expect(r11.status).toBe('no-data')
    expect(r11.score).toBeNull()
  })

  it('TH: investment is almost never green (R11 gap)', async () => {
    expect((await rec('R11', 'TH')).status).toBe('gap')
  })

  it('MM: isolated — little regional cooperation (R10 gap) and thin government coordination (R03 gap)', async () => {
    expect((await rec('R10', 'MM')).status).toBe('gap')
    expect((await rec('R03', 'MM')).status).toBe('gap')
  })

  it('VN: no training in the traditional domains A–C (R08 evidence)', async () => {
    const r08 = await rec('R08', 'VN')
    const domains = r08.indicators.find((i) => i.id === 'r08-domains-trained')!
    expect(domains.evidence.map((e) => e.id).sort()).toEqual(['fcs-a', 'fcs-b', 'fcs-c'])
  })
})
