// Checks data/sample/ecosystem.json: validates reference + sample against the model (the loader's own
// validator), checks the size and coverage the sample promises, recomputes the gap-analysis indicators
// per country in memory and asserts that the planted gaps and strengths (README.md) really hold.
// Exits non-zero on any violation.
//
//   npx tsx data/sample/check.ts            (add --markdown to print the indicator table for the README)
import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readGraphDir, validateFragment, type FileLink, type FileNode } from '../../src/seed/graph-file.js'

const here = dirname(fileURLToPath(import.meta.url))
const reference = readGraphDir(join(here, '..', 'reference'))
const sample = readGraphDir(here, (f) => f === 'ecosystem.json')
const problems: string[] = []
const fail = (message: string): void => { problems.push(message) }

// ---------------------------------------------------------------- model validation

problems.push(...validateFragment({ nodes: [...reference.nodes, ...sample.nodes], links: [...reference.links, ...sample.links] }))

const KINDS = ['Government', 'CCIOrganisation', 'CreativeProducer', 'TourismOperator', 'EducationProvider', 'Investor', 'NGO', 'InternationalPartner', 'Community']
const CCS = ['KH', 'LA', 'MM', 'TH', 'VN'] as const
type CC = typeof CCS[number]
const DOMAINS = ['A', 'B', 'C', 'D', 'E', 'F']
const STAGES = ['stage-creation', 'stage-production', 'stage-dissemination', 'stage-exhibition', 'stage-consumption']

const sizeBytes = statSync(join(here, 'ecosystem.json')).size
if (sizeBytes > 3 * 1024 * 1024) fail(`ecosystem.json is ${sizeBytes} bytes (over 3 MB)`)

for (const n of sample.nodes) if (n.properties.sample !== true) fail(`node ${n.id} without sample: true`)
for (const l of sample.links) if (l.properties.sample !== true) fail(`link ${l.from} ${l.type} ${l.to} without sample: true`)
for (const n of sample.nodes) {
  for (const [k, v] of Object.entries(n.properties)) {
    if (k === 'location') continue
    const scalar = (x: unknown): boolean => x === null ? false : ['string', 'number', 'boolean'].includes(typeof x)
    if (!(scalar(v) || (Array.isArray(v) && v.every(scalar)))) fail(`node ${n.id}: property ${k} is not a scalar or an array of scalars`)
  }
  const site = n.properties.website
  if (site !== undefined && !/^https:\/\/[a-z0-9-]+\.example\.org$/.test(String(site))) fail(`node ${n.id}: website ${String(site)} is not an example.org address`)
}

// ---------------------------------------------------------------- graph in memory

const nodes = new Map<string, FileNode>([...reference.nodes, ...sample.nodes].map((n) => [n.id, n]))
const allLinks: Required<FileLink>[] = [...reference.links, ...sample.links]
const out = new Map<string, Required<FileLink>[]>()
const inc = new Map<string, Required<FileLink>[]>()
for (const l of allLinks) {
  out.set(l.from, [...(out.get(l.from) ?? []), l])
  inc.set(l.to, [...(inc.get(l.to) ?? []), l])
}
const outOf = (id: string, type?: string): Required<FileLink>[] => (out.get(id) ?? []).filter((l) => type === undefined || l.type === type)
const inOf = (id: string, type?: string): Required<FileLink>[] => (inc.get(id) ?? []).filter((l) => type === undefined || l.type === type)
const labels = (id: string): string[] => nodes.get(id)?.labels ?? []
const props = (id: string): Record<string, unknown> => nodes.get(id)?.properties ?? {}
const has = (id: string, label: string): boolean => labels(id).includes(label)
const kindOf = (id: string): string => labels(id).find((l) => KINDS.includes(l)) ?? ''

function countriesOf (id: string): string[] {
  const result = new Set<string>()
  for (const l of outOf(id, 'LOCATED_IN')) {
    if (has(l.to, 'Country')) result.add(l.to)
    else for (const c of outOf(l.to, 'IN')) result.add(c.to)
  }
  return [...result]
}
const provinceOf = (id: string): string | undefined => outOf(id, 'LOCATED_IN').find((l) => has(l.to, 'Province'))?.to
const sectorDomain = (id: string): string => String(props(id).domain ?? '')
const sectorTradition = (id: string): string => String(props(id).tradition ?? '')
const worksIn = (id: string): string[] => outOf(id, 'WORKS_IN').map((l) => l.to)
const stagesOf = (id: string): string[] => outOf(id, 'ACTIVE_IN').map((l) => l.to)

const sampleIds = new Set(sample.nodes.map((n) => n.id))
const stakeholders = sample.nodes.filter((n) => n.labels[0] === 'Stakeholder').map((n) => n.id)
const byCountry = new Map<string, string[]>()
for (const s of stakeholders) for (const c of countriesOf(s)) byCountry.set(c, [...(byCountry.get(c) ?? []), s])
const inCountry = (cc: string): string[] => byCountry.get(cc) ?? []
const initiativeCountry = (id: string): string => {
  const runner = inOf(id, 'RUNS')[0]?.from
  return runner === undefined ? '' : (countriesOf(runner)[0] ?? '')
}
const initiatives = sample.nodes.filter((n) => n.labels[0] === 'Initiative').map((n) => n.id)

// ---------------------------------------------------------------- structural promises

if (stakeholders.length < 400) fail(`only ${stakeholders.length} stakeholders (want >= 400)`)
if (sample.links.length < 1500) fail(`only ${sample.links.length} sample links (want >= 1500)`)
for (const k of KINDS) if (!stakeholders.some((s) => has(s, k))) fail(`no stakeholder of kind ${k}`)
const usedTypes = new Set(sample.links.map((l) => l.type))
for (const t of ['LOCATED_IN', 'WORKS_IN', 'ACTIVE_IN', 'PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY',
  'APPLIES_TO', 'COVERS', 'ADDRESSES', 'RUNS', 'SUPPORTS', 'INVESTS_IN', 'TRAINS_IN', 'IN_SECTOR']) {
  if (!usedTypes.has(t)) fail(`link type ${t} not used in the sample`)
}
const products = sample.nodes.filter((n) => n.labels[0] === 'Product').map((n) => n.id)
const productDomains = new Set(products.flatMap((p) => outOf(p, 'IN_SECTOR').map((l) => sectorDomain(l.to))))
for (const d of DOMAINS) if (!productDomains.has(d)) fail(`no product in FCS domain ${d}`)
for (const p of products) {
  const s = outOf(p, 'IN_SECTOR')
  if (s.length !== 1 || props(s[0]?.to ?? '').level !== 'subdomain') fail(`product ${p} is not classified in exactly one subdomain`)
}
for (const cc of CCS) if (inCountry(cc).length === 0) fail(`no stakeholders in ${cc}`)
const names = new Set<string>()
for (const s of stakeholders) {
  const name = String(props(s).name)
  if (names.has(name)) fail(`duplicate stakeholder name ${name}`)
  names.add(name)
  if (/\b(stakeholder|producer|organisation) \d+$/i.test(name)) fail(`placeholder-like name ${name}`)
  if (outOf(s, 'LOCATED_IN').length !== 1) fail(`stakeholder ${s} should be LOCATED_IN exactly one place`)
  if (worksIn(s).length === 0) fail(`stakeholder ${s} has no WORKS_IN`)
  if (['CreativeProducer', 'CCIOrganisation', 'TourismOperator', 'Community'].includes(kindOf(s)) && stagesOf(s).length === 0) fail(`stakeholder ${s} (${kindOf(s)}) has no ACTIVE_IN`)
}
for (const n of sample.nodes.filter((x) => x.labels[0] === 'Destination')) if (n.properties.location === undefined) fail(`destination ${n.id} without location`)
for (const r of sample.nodes.filter((x) => x.labels[0] === 'Regulation')) {
  if (outOf(r.id, 'ISSUED_BY').length === 0 || outOf(r.id, 'APPLIES_TO').length === 0) fail(`regulation ${r.id} without issuer or country`)
}
for (const i of initiatives) if (inOf(i, 'RUNS').length === 0) fail(`initiative ${i} is run by nobody`)
const platforms = stakeholders.filter((s) => (props(s).tags as string[]).includes('digital-platform'))
for (const p of platforms) if (!has(p, 'CCIOrganisation') && !has(p, 'TourismOperator')) fail(`platform ${p} is neither a CCI organisation nor a tourism operator`)

// ---------------------------------------------------------------- indicators per country

/** Nodes within `depth` hops of `start`, over any relationship type read both ways. */
function within (start: string, depth: number, types?: string[]): Set<string> {
  const seen = new Set([start])
  let frontier = [start]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const id of frontier) {
      for (const l of [...outOf(id), ...inOf(id)]) {
        if (types !== undefined && !types.includes(l.type)) continue
        const other = l.from === id ? l.to : l.from
        if (!seen.has(other)) { seen.add(other); next.push(other) }
      }
    }
    frontier = next
  }
  seen.delete(start)
  return seen
}

/** Producers within two hops of a destination in the typed reading: at the site, or supplying/partnering someone at it. */
function producersNearTyped (dest: string): Set<string> {
  const found = new Set<string>()
  for (const at of inOf(dest, 'ACTIVE_AT')) {
    if (has(at.from, 'CreativeProducer')) found.add(at.from)
    for (const l of [...outOf(at.from), ...inOf(at.from)]) {
      if (!['SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF'].includes(l.type)) continue
      const other = l.from === at.from ? l.to : l.from
      if (has(other, 'CreativeProducer')) found.add(other)
    }
  }
  return found
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const pct = (x: number): string => `${Math.round(x * 100)}%`

interface Row { [key: string]: number | string | boolean }
const rows = new Map<CC, Row>()

for (const cc of CCS) {
  const S = inCountry(cc)
  const ofKind = (k: string): string[] => S.filter((s) => has(s, k))
  const producers = ofKind('CreativeProducer')
  const cciOrgs = ofKind('CCIOrganisation')
  const govs = ofKind('Government')
  const regs = sample.nodes.filter((n) => n.labels[0] === 'Regulation' && outOf(n.id, 'APPLIES_TO').some((l) => l.to === cc)).map((n) => n.id)
  const countryInits = initiatives.filter((i) => initiativeCountry(i) === cc)
  const sites = [...nodes.values()].filter((n) => n.labels[0] === 'Destination' && ((n.properties.kinds as string[]).includes('heritage_site') || (n.properties.kinds as string[]).includes('creative_city')) && countriesOf(n.id).includes(cc)).map((n) => n.id)
  const dests = [...nodes.values()].filter((n) => n.labels[0] === 'Destination' && countriesOf(n.id).includes(cc)).map((n) => n.id)
  const r: Row = {}

  // R01
  r.kinds = KINDS.filter((k) => ofKind(k).length > 0).length
  r.domainsActive = DOMAINS.filter((d) => S.some((s) => stagesOf(s).length > 0 && worksIn(s).some((x) => sectorDomain(x) === d))).length
  r.withCoords = ratio(S.filter((s) => props(s).location !== undefined).length, S.length)
  // R02
  const chainDomains = DOMAINS.filter((d) => S.some((s) => worksIn(s).some((x) => sectorDomain(x) === d)))
  r.chainsComplete = ratio(chainDomains.filter((d) => {
    const stages = new Set(S.filter((s) => worksIn(s).some((x) => sectorDomain(x) === d)).flatMap(stagesOf))
    return STAGES.every((st) => stages.has(st))
  }).length, DOMAINS.length)
  const subSectors = [...new Set(S.flatMap(worksIn))].filter((x) => props(x).level === 'subdomain' && DOMAINS.includes(sectorDomain(x)))
  r.subChainsComplete = ratio(subSectors.filter((x) => {
    const stages = new Set(S.filter((s) => worksIn(s).includes(x)).flatMap(stagesOf))
    return STAGES.every((st) => stages.has(st))
  }).length, subSectors.length)
  const countryProducts = [...new Set(S.flatMap((s) => outOf(s, 'PRODUCES').map((l) => l.to)))]
  r.productsClassified = ratio(countryProducts.filter((p) => outOf(p, 'IN_SECTOR').length > 0).length, countryProducts.length)
  r.domainsRegulated = DOMAINS.filter((d) => regs.some((g) => outOf(g, 'COVERS').some((l) => sectorDomain(l.to) === d))).length
  // R03
  const near = new Set<string>()
  for (const g of govs) {
    for (const x of within(g, 2, ['PARTNERS_WITH', 'MEMBER_OF'])) near.add(x)
    for (const run of outOf(g, 'RUNS')) for (const s of outOf(run.to, 'SUPPORTS')) near.add(s.to)
    for (const x of within(g, 1, ['PARTNERS_WITH', 'MEMBER_OF'])) for (const i of inOf(x, 'SUPPORTS')) for (const s of outOf(i.from, 'SUPPORTS')) near.add(s.to)
  }
  const cci = [...producers, ...cciOrgs]
  r.cciNearGov = ratio(cci.filter((s) => near.has(s)).length, cci.length)
  r.govRunInitiatives = countryInits.filter((i) => has(inOf(i, 'RUNS')[0]?.from ?? '', 'Government')).length
  // R04
  r.ipDigitalReg = regs.some((g) => { const t = props(g).topics as string[]; return t.includes('ip') && (t.includes('digital') || t.includes('ecommerce')) })
  r.producersOnPlatforms = ratio(producers.filter((p) => outOf(p, 'SUPPLIES').some((l) => platforms.includes(l.to))).length, producers.length)
  // R05
  const infra = countryInits.filter((i) => props(i).kind === 'infrastructure')
  r.infraPer100 = (100 * infra.length) / S.length
  const infraProvinces = new Set(infra.flatMap((i) => outOf(i, 'SUPPORTS').map((l) => provinceOf(l.to)).filter((p): p is string => p !== undefined)))
  r.destsWithInfra = ratio(dests.filter((d) => outOf(d, 'LOCATED_IN').some((l) => infraProvinces.has(l.to))).length, dests.length)
  // R06
  r.greenProducts = ratio(countryProducts.filter((p) => props(p).green === true).length, countryProducts.length)
  r.greenPolicies = regs.filter((g) => (props(g).topics as string[]).includes('green')).length + countryInits.filter((i) => props(i).green === true).length
  // R07
  const cciDomain = (x: string): boolean => DOMAINS.includes(sectorDomain(x)) || x === 'fcs-t-ich'
  const traditional = S.filter((s) => ['CreativeProducer', 'CCIOrganisation', 'Community'].includes(kindOf(s)) && worksIn(s).some((x) => props(x).level === 'subdomain' && cciDomain(x) && sectorTradition(x) === 'traditional'))
  const contemporary = new Set(stakeholders.filter((s) => worksIn(s).some((x) => props(x).level === 'subdomain' && DOMAINS.includes(sectorDomain(x)) && ['contemporary', 'digital'].includes(sectorTradition(x)))))
  r.tradLinkedContemporary = ratio(traditional.filter((s) => [...outOf(s), ...inOf(s)].some((l) => ['SUPPLIES', 'PARTNERS_WITH'].includes(l.type) && contemporary.has(l.from === s ? l.to : l.from))).length, traditional.length)
  // R08
  const trained = new Set(ofKind('EducationProvider').flatMap((e) => outOf(e, 'TRAINS_IN').map((l) => sectorDomain(l.to))))
  r.domainsTrained = DOMAINS.filter((d) => trained.has(d)).join('')
  r.trainingPer100Cci = (100 * countryInits.filter((i) => props(i).kind === 'training').length) / Math.max(1, cci.length)
  // R09
  const reachesDissemination = (p: string): boolean => {
    let frontier = [p]
    const seen = new Set(frontier)
    for (let d = 0; d < 3; d++) {
      const next: string[] = []
      for (const id of frontier) for (const l of outOf(id, 'SUPPLIES')) {
        if (stagesOf(l.to).includes('stage-dissemination')) return true
        if (!seen.has(l.to)) { seen.add(l.to); next.push(l.to) }
      }
      frontier = next
    }
    return false
  }
  const promoted = (p: string): boolean => inOf(p, 'SUPPORTS').some((l) => ['export', 'branding'].includes(String(props(l.from).kind)))
  r.producersToMarket = ratio(producers.filter((p) => reachesDissemination(p) || promoted(p)).length, producers.length)
  // R10
  const abroadPartner = (s: string): string[] => [...outOf(s, 'PARTNERS_WITH'), ...inOf(s, 'PARTNERS_WITH')]
    .map((l) => (l.from === s ? l.to : l.from)).flatMap((o) => countriesOf(o)).filter((c) => c !== cc)
  r.crossBorderLinks = S.reduce((n, s) => n + abroadPartner(s).length, 0)
  r.cciOrgsWithPartnerAbroad = ratio(cciOrgs.filter((s) => abroadPartner(s).length > 0).length, cciOrgs.length)
  // R11
  const inv = S.flatMap((s) => inOf(s, 'INVESTS_IN'))
  const amount = (ls: Required<FileLink>[]): number => ls.reduce((n, l) => n + Number(l.properties.amountUsd ?? 0), 0)
  r.investments = inv.length
  r.greenInvestLinks = ratio(inv.filter((l) => l.properties.green === true).length, inv.length)
  r.greenInvestAmount = ratio(amount(inv.filter((l) => l.properties.green === true)), amount(inv))
  // R12
  r.sitesWithProducerAny = ratio(sites.filter((d) => [...within(d, 2)].some((x) => has(x, 'CreativeProducer'))).length, sites.length)
  r.sitesWithProducerTyped = ratio(sites.filter((d) => producersNearTyped(d).size > 0).length, sites.length)
  const ops = ofKind('TourismOperator')
  r.opsLinkedToProducer = ratio(ops.filter((o) => [...outOf(o), ...inOf(o)].some((l) => ['SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF'].includes(l.type) && has(l.from === o ? l.to : l.from, 'CreativeProducer'))).length, ops.length)
  r.stakeholders = S.length
  rows.set(cc, r)
}

// ---------------------------------------------------------------- planted gaps and strengths

const row = (cc: CC): Row => rows.get(cc) as Row
const num = (cc: CC, k: string): number => Number(row(cc)[k])
const expect = (ok: boolean, message: string): void => { if (!ok) fail(`profile: ${message}`) }

// R01
expect(CCS.filter((c) => c !== 'LA').every((c) => num(c, 'kinds') === 9), 'every country but LA has all nine kinds')
expect(num('LA', 'kinds') === 8 && inCountry('LA').every((s) => !has(s, 'Investor')), 'LA has no Investor (8 of 9 kinds)')
expect(num('LA', 'domainsActive') < 6 && num('TH', 'domainsActive') === 6, 'LA misses FCS domains, TH covers all six')
expect(CCS.every((c) => c === 'MM' || num('MM', 'withCoords') < num(c, 'withCoords')) && num('MM', 'withCoords') < 0.8, 'MM has the fewest stakeholders with coordinates')
// R02
expect(num('TH', 'chainsComplete') > num('LA', 'chainsComplete') && num('TH', 'chainsComplete') > num('MM', 'chainsComplete'), 'TH value chains more complete than LA and MM')
expect(num('TH', 'domainsRegulated') === 6 && num('VN', 'domainsRegulated') === 6 && num('MM', 'domainsRegulated') === 1 && num('LA', 'domainsRegulated') === 2, 'regulation covers A-F in TH and VN, few domains in LA and MM')
// R03
expect(num('MM', 'govRunInitiatives') === 0 && num('TH', 'govRunInitiatives') >= 8, 'MM government runs no initiative, TH runs many')
expect(num('MM', 'cciNearGov') + 0.4 < num('TH', 'cciNearGov') && CCS.every((c) => c === 'MM' || num('MM', 'cciNearGov') < num(c, 'cciNearGov')), 'MM CCI actors the least connected to government, far below TH')
// R04
expect(row('TH').ipDigitalReg === true && row('VN').ipDigitalReg === true, 'TH and VN have an IP regulation for the digital economy')
expect(row('KH').ipDigitalReg === false && row('LA').ipDigitalReg === false && row('MM').ipDigitalReg === false, 'KH, LA, MM have no IP regulation covering digital/e-commerce')
expect(['LA', 'MM'].every((c) => !sample.nodes.some((n) => n.labels[0] === 'Regulation' && outOf(n.id, 'APPLIES_TO').some((l) => l.to === c) && (n.properties.topics as string[]).includes('ip'))), 'LA and MM have no IP regulation at all')
expect(CCS.every((c) => c === 'VN' || num('VN', 'producersOnPlatforms') > num(c, 'producersOnPlatforms')), 'VN has the largest share of producers selling on platforms')
// R05
expect(num('LA', 'infraPer100') === 0 && num('MM', 'infraPer100') === 0, 'no infrastructure initiatives in LA and MM')
expect(initiatives.filter((i) => initiativeCountry(i) === 'KH' && props(i).kind === 'infrastructure').length === 1, 'KH has exactly one infrastructure initiative')
expect(num('TH', 'infraPer100') > 3 * num('KH', 'infraPer100'), 'TH infrastructure density well above KH')
// R06
expect(num('MM', 'greenPolicies') === 0, 'MM has no green regulation or initiative')
// R07
expect(['KH', 'LA', 'MM'].every((c) => num('VN', 'tradLinkedContemporary') > num(c as CC, 'tradLinkedContemporary')), 'VN links traditional makers to contemporary/digital actors more than KH, LA, MM')
// R08
expect(row('TH').domainsTrained === 'ABCDEF', 'TH education covers all six domains')
expect(row('VN').domainsTrained === 'DEF', 'VN education covers only D, E, F (no training in the traditional domains)')
const onlyTraditional = (s: string): boolean => worksIn(s).filter((x) => props(x).level === 'subdomain').every((x) => sectorTradition(x) === 'traditional')
expect(!initiatives.some((i) => initiativeCountry(i) === 'VN' && props(i).kind === 'training' && outOf(i, 'SUPPORTS').some((l) => onlyTraditional(l.to))), 'VN training initiatives reach no purely traditional-sector actor')
// R09
expect(num('TH', 'producersToMarket') > num('LA', 'producersToMarket') && num('TH', 'producersToMarket') > num('MM', 'producersToMarket'), 'TH producers reach markets more than LA and MM')
// R10
expect(num('MM', 'crossBorderLinks') <= 2 && num('LA', 'crossBorderLinks') <= 6 && num('TH', 'crossBorderLinks') >= 15, 'MM and LA isolated, TH well connected across borders')
// R11
expect(num('LA', 'investments') === 0, 'LA receives no investment')
expect(num('TH', 'greenInvestAmount') < 0.15 && num('TH', 'investments') >= 25, 'TH invests a lot, little of it green')
expect(num('KH', 'greenInvestAmount') > 0.4, 'KH investment mostly green')
expect(num('MM', 'greenInvestLinks') === 0, 'MM investment not green')
// R12
for (const site of ['whc-481', 'whc-1587', 'whc-1444']) {
  const near = [...within(site, 2)].filter((x) => has(x, 'CreativeProducer'))
  expect(near.length === 0, `${site} has no creative producer within two hops over any relationship (found ${near.join(', ')})`)
  expect(inOf(site, 'ACTIVE_AT').length > 0, `${site} still has someone active there (a tourism operator or manager)`)
}
expect(producersNearTyped('whc-668').size >= 8, 'Angkor has many creative producers within two hops')
expect(num('TH', 'sitesWithProducerTyped') === 1, 'every TH heritage site and creative city has a producer within two hops')
expect(num('KH', 'opsLinkedToProducer') > num('LA', 'opsLinkedToProducer') && num('KH', 'opsLinkedToProducer') > num('MM', 'opsLinkedToProducer'), 'KH tourism operators linked to producers more than LA and MM')

// ---------------------------------------------------------------- report

const count = <T>(xs: T[], key: (x: T) => string): Record<string, number> => {
  const m: Record<string, number> = {}
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)))
}
const markdown = process.argv.includes('--markdown')
if (markdown) {
  const fmt = (k: string, v: number | string | boolean): string => {
    if (typeof v === 'boolean') return v ? 'yes' : 'no'
    if (typeof v === 'string') return v === '' ? '-' : v
    if (['kinds', 'domainsActive', 'domainsRegulated', 'govRunInitiatives', 'greenPolicies', 'crossBorderLinks', 'investments', 'stakeholders'].includes(k)) return String(v)
    if (['infraPer100', 'trainingPer100Cci'].includes(k)) return v.toFixed(1)
    return pct(v)
  }
  const keys = Object.keys(row('TH'))
  console.log(`| indicator | ${CCS.join(' | ')} |`)
  console.log(`|---|${CCS.map(() => '---').join('|')}|`)
  for (const k of keys) console.log(`| ${k} | ${CCS.map((c) => fmt(k, row(c)[k] as number)).join(' | ')} |`)
  console.log()
  console.log('sample nodes by label:', count(sample.nodes, (n) => n.labels.join(':')))
  console.log('sample links by type:', count(sample.links, (l) => l.type))
  console.log('stakeholders by country and kind:', Object.fromEntries([...byCountry.entries()].sort().map(([c, ss]) => [c, count(ss, kindOf)])))
  console.log('products by country:', Object.fromEntries(CCS.map((c) => [c, new Set(inCountry(c).flatMap((s) => outOf(s, 'PRODUCES').map((l) => l.to))).size])))
  console.log('destinations (extra) by country:', count(sample.nodes.filter((n) => n.labels[0] === 'Destination'), (n) => countriesOf(n.id).join('+')))
  console.log('regulations by country:', count(sample.nodes.filter((n) => n.labels[0] === 'Regulation'), (n) => outOf(n.id, 'APPLIES_TO').map((l) => l.to).join('+')))
  console.log('initiatives by country/kind:', count(initiatives, (i) => `${initiativeCountry(i)}:${String(props(i).kind)}`))
  console.log('links touching a country (either end):', Object.fromEntries(CCS.map((c) => [c, sample.links.filter((l) => inCountry(c).includes(l.from) || inCountry(c).includes(l.to)).length])))
}

console.log(`sample: ${sample.nodes.length} nodes (${stakeholders.length} stakeholders, ${products.length} products), ${sample.links.length} links, ${(sizeBytes / 1024).toFixed(0)} KiB; ` +
  `ids unique across reference+sample: ${sampleIds.size === sample.nodes.length && ![...sampleIds].some((id) => reference.nodes.some((n) => n.id === id)) ? 'yes' : 'NO'}`)
if (problems.length > 0) {
  console.error(`${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`)
  process.exit(1)
}
console.log('OK: valid against the model; counts, coverage and the planted gaps and strengths hold.')
