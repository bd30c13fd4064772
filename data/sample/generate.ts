// Generates data/sample/ecosystem.json: an invented, illustrative ecosystem of cultural and creative
// industries (CCI) and smart tourism in the five Mekong countries. Every node and link carries
// `sample: true`. The output is deterministic (seeded PRNG, one stream per section) so diffs stay
// readable. Each country follows a profile (see README.md) so that the gap analysis shows clear,
// explainable differences: the planted gaps are really missing in the data, the strengths really there.
//
//   npx tsx data/sample/generate.ts
//
// Node built-ins only; reads data/reference/*.json for ids (provinces, sites, sectors, stages).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SeededRandom } from '../../src/random.js'

type Props = Record<string, unknown>
interface GraphNode { id: string, labels: string[], properties: Props }
interface GraphLink { from: string, type: string, to: string, properties: Props }
interface Loc { latitude: number, longitude: number }

const CCS = ['KH', 'LA', 'MM', 'TH', 'VN'] as const
type CC = typeof CCS[number]
type Kind = 'Government' | 'CCIOrganisation' | 'CreativeProducer' | 'TourismOperator' | 'EducationProvider' |
  'Investor' | 'NGO' | 'InternationalPartner' | 'Community'
type Size = 'micro' | 'small' | 'medium' | 'large'
type AtRole = 'sells' | 'performs' | 'exhibits' | 'guides' | 'operates' | 'manages'

const CREATION = 'stage-creation'
const PRODUCTION = 'stage-production'
const DISSEMINATION = 'stage-dissemination'
const EXHIBITION = 'stage-exhibition'
const CONSUMPTION = 'stage-consumption'

// ---------------------------------------------------------------- deterministic randomness

/** One independent stream per section, so changing one section does not reshuffle the others. */
class Rng extends SeededRandom {
  constructor (label: string) { super(`cci-atlas-sample-v1:${label}`) }
}

function round4 (x: number): number { return Math.round(x * 10000) / 10000 }

function scatter (rng: Rng, centre: Loc, km: number): Loc {
  const r = km * Math.sqrt(rng.float())
  const theta = 2 * Math.PI * rng.float()
  const lat = centre.latitude + (r / 111.32) * Math.cos(theta)
  const lon = centre.longitude + (r / (111.32 * Math.cos((centre.latitude * Math.PI) / 180))) * Math.sin(theta)
  return { latitude: round4(lat), longitude: round4(lon) }
}

function need<T> (value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`)
  return value
}

// ---------------------------------------------------------------- reference data

const here = dirname(fileURLToPath(import.meta.url))
const refDir = join(here, '..', 'reference')
const outFile = join(here, 'ecosystem.json')

const refNodes: GraphNode[] = []
const refLinks: GraphLink[] = []
for (const file of readdirSync(refDir).filter((f) => f.endsWith('.json')).sort()) {
  const parsed = JSON.parse(readFileSync(join(refDir, file), 'utf8')) as { nodes?: GraphNode[], links?: GraphLink[] }
  refNodes.push(...(parsed.nodes ?? []))
  refLinks.push(...(parsed.links ?? []).map((l) => ({ ...l, properties: l.properties ?? {} })))
}
const refById = new Map(refNodes.map((n) => [n.id, n]))

interface Province { id: string, name: string, country: CC, loc: Loc }
const provinces = new Map<string, Province>()
for (const l of refLinks) {
  if (l.type !== 'IN') continue
  const node = need(refById.get(l.from), `province ${l.from}`)
  provinces.set(l.from, {
    id: l.from,
    name: String(node.properties.name),
    country: l.to as CC,
    loc: node.properties.location as Loc
  })
}
const countryName = (cc: string): string => String(need(refById.get(cc), `country ${cc}`).properties.name)

interface SectorInfo { id: string, domain: string, tradition: string, level: string }
const sectors = new Map<string, SectorInfo>()
for (const n of refNodes) {
  if (n.labels[0] !== 'Sector') continue
  sectors.set(n.id, { id: n.id, domain: String(n.properties.domain), tradition: String(n.properties.tradition), level: String(n.properties.level) })
}
const sector = (id: string): SectorInfo => need(sectors.get(id), `sector ${id}`)

// ---------------------------------------------------------------- output graph

const nodes: GraphNode[] = []
const links: GraphLink[] = []
const usedIds = new Set(refNodes.map((n) => n.id))
const linkKeys = new Set<string>()

function clean (props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined))
}

function addNode (id: string, labels: string[], properties: Props): void {
  if (usedIds.has(id)) throw new Error(`duplicate id ${id}`)
  usedIds.add(id)
  nodes.push({ id, labels, properties: { ...clean(properties), sample: true } })
}

// ---------------------------------------------------------------- places and names

const COUNTRY_ADJ: Record<CC, string> = { KH: 'Cambodian', LA: 'Lao', MM: 'Myanmar', TH: 'Thai', VN: 'Viet' }

const MOTIFS: Record<CC, string[]> = {
  KH: ['Lotus', 'Apsara', 'Naga', 'Rumdoul', 'Tonle', 'Kbach', 'Mekong', 'Banteay', 'Sovann', 'Chan Kiri', 'Preah Khan', 'Bayon'],
  LA: ['Champa', 'Naga', 'Khaen', 'Lane Xang', 'Mekong', 'Dok Champa', 'Phou Si', 'Nam Khan', 'Xang', 'Sabaidee'],
  MM: ['Padauk', 'Thanaka', 'Chinthe', 'Shwe', 'Ayeyar', 'Hintha', 'Kinnari', 'Golden Land', 'Irrawaddy', 'Sein', 'Zeyar'],
  TH: ['Lanna', 'Siam', 'Malai', 'Kinnaree', 'Chao Phraya', 'Celadon', 'Benjarong', 'Naga', 'Ratchaphruek', 'Sabai', 'Dok Bua', 'Sukhothai Blue'],
  VN: ['Lotus', 'Sen Hong', 'Lac Hong', 'Bamboo', 'Dong Son', 'Red River', 'Mekong', 'Non La', 'Phoenix', 'Jade', 'Sao Mai', 'Royal']
}

/** Towns and quarters per province, for names ("Bo Sang", "Hoi An") rather than admin names. */
const TOWNS: Record<string, string[]> = {
  'KH-12': ['Phnom Penh', 'Chaktomuk', 'Tonle Bassac', 'Russey Keo'],
  'KH-17': ['Siem Reap', 'Angkor', 'Banteay Srei', 'Puok', 'Chong Kneas'],
  'KH-2': ['Battambang', 'Sangker', 'Ek Phnom'],
  'KH-13': ['Preah Vihear', 'Koh Ker', 'Tbeng Meanchey'],
  'KH-6': ['Kampong Thom', 'Sambor Prei Kuk', 'Stung Sen'],
  'KH-7': ['Kampot', 'Kep', 'Bokor'],
  'KH-18': ['Sihanoukville', 'Otres'],
  'KH-4': ['Kampong Chhnang', 'Andong Russey'],
  'KH-21': ['Takeo', 'Phnom Chisor', 'Bati'],
  'KH-8': ['Koh Dach', 'Ta Khmau', 'Oudong'],
  'KH-11': ['Mondulkiri', 'Sen Monorom', 'Bunong Highlands'],
  'LA-VT': ['Vientiane', 'Sisattanak', 'Chanthabouly', 'Nong Bone'],
  'LA-LP': ['Luang Prabang', 'Ban Phanom', 'Nam Khan', 'Phou Si', 'Xang Khong'],
  'LA-CH': ['Champasak', 'Pakse', 'Bolaven', 'Si Phan Don'],
  'LA-XI': ['Phonsavan', 'Xiangkhouang', 'Muang Khoun'],
  'LA-KH': ['Thakhek', 'Kong Lor'],
  'LA-SV': ['Savannakhet', 'Kaysone'],
  'LA-LM': ['Luang Namtha', 'Muang Sing', 'Nam Ha'],
  'LA-VI': ['Vang Vieng', 'Phonhong'],
  'LA-HO': ['Sam Neua', 'Houaphanh', 'Xam Tai'],
  'MM-06': ['Yangon', 'Kyauktada', 'Dala', 'Bahan'],
  'MM-04': ['Mandalay', 'Amarapura', 'Bagan', 'Nyaung-U', 'Myinkaba', 'Kyaukse'],
  'MM-18': ['Nay Pyi Taw'],
  'MM-01': ['Sagaing', 'Monywa', 'Halin'],
  'MM-03': ['Magway', 'Minbu', 'Beikthano'],
  'MM-02': ['Bago', 'Taungoo', 'Pyay'],
  'MM-17': ['Inle', 'Taunggyi', 'Nyaungshwe', 'Kalaw', 'Pindaya'],
  'MM-16': ['Mrauk U', 'Sittwe', 'Ngapali'],
  'MM-15': ['Mawlamyine', 'Thaton', 'Bilu Kyun'],
  'MM-07': ['Pathein', 'Chaung Tha'],
  'TH-10': ['Bangkok', 'Charoen Krung', 'Talat Noi', 'Thonburi', 'Ari', 'Bang Rak', 'Rattanakosin'],
  'TH-50': ['Chiang Mai', 'San Kamphaeng', 'Bo Sang', 'Nimman', 'Wua Lai', 'Mae Rim', 'Hang Dong'],
  'TH-57': ['Chiang Rai', 'Chiang Saen', 'Doi Tung', 'Mae Chan'],
  'TH-83': ['Phuket', 'Phuket Old Town', 'Kathu', 'Rawai'],
  'TH-64': ['Sukhothai', 'Si Satchanalai', 'Sawankhalok'],
  'TH-76': ['Phetchaburi', 'Cha-am', 'Tha Yang'],
  'TH-72': ['Suphanburi', 'U Thong', 'Song Phi Nong'],
  'TH-90': ['Songkhla', 'Hat Yai', 'Ko Yo'],
  'TH-55': ['Nan', 'Pua', 'Nong Bua'],
  'TH-14': ['Ayutthaya', 'Bang Pa-in', 'Bang Sai'],
  'TH-71': ['Kanchanaburi', 'Sangkhlaburi'],
  'TH-61': ['Uthai Thani', 'Lan Sak'],
  'TH-41': ['Udon Thani', 'Ban Chiang', 'Ban Phue'],
  'TH-30': ['Korat', 'Pak Chong', 'Phimai', 'Dan Kwian'],
  'TH-67': ['Phetchabun', 'Si Thep', 'Khao Kho'],
  'VN-HN': ['Hanoi', 'Hoan Kiem', 'Bat Trang', 'Van Phuc', 'Tay Ho', 'Long Bien', 'Hang Gai'],
  'VN-SG': ['Saigon', 'Thu Duc', 'Thao Dien', 'Cho Lon', 'Ben Thanh'],
  'VN-DN': ['Da Nang', 'Son Tra', 'Non Nuoc', 'Han River'],
  'VN-26': ['Hue', 'Perfume River', 'Kim Long', 'Phu Cam'],
  'VN-13': ['Ha Long', 'Yen Tu', 'Bai Chay'],
  'VN-HP': ['Hai Phong', 'Cat Ba', 'Do Son'],
  'VN-27': ['Hoi An', 'Thanh Ha', 'Kim Bong', 'Tam Ky', 'Tra Que'],
  'VN-21': ['Thanh Hoa', 'Vinh Loc', 'Sam Son'],
  'VN-18': ['Ninh Binh', 'Trang An', 'Tam Coc', 'Hoa Lu'],
  'VN-24': ['Dong Hoi', 'Phong Nha'],
  'VN-35': ['Da Lat', 'Bao Loc', 'Langbiang'],
  'VN-54': ['Bac Giang', 'Vinh Nghiem'],
  'VN-61': ['Hai Duong', 'Con Son', 'Chu Dau'],
  'VN-56': ['Bac Ninh', 'Dong Ho', 'Phu Lang'],
  'VN-CT': ['Can Tho', 'Cai Rang', 'Ninh Kieu']
}

/** km radius for scattering around a province centre (small for islands, coasts and capitals). */
const PROVINCE_RADIUS: Record<string, number> = {
  'TH-10': 12, 'TH-83': 6, 'TH-90': 8, 'KH-12': 8, 'KH-18': 6, 'KH-7': 12, 'VN-HN': 10, 'VN-SG': 10, 'VN-DN': 7,
  'VN-HP': 8, 'VN-13': 10, 'VN-CT': 8, 'VN-27': 10, 'LA-VT': 10, 'MM-06': 10, 'MM-16': 8, 'MM-07': 12, 'MM-15': 10
}

/**
 * Provinces that hold a heritage site planted as an R12 gap: no creative producer is placed in them,
 * and nobody who is active at those sites or located there links to a creative producer, so the
 * sites have no creative producer within two hops over any relationship type.
 */
const QUARANTINE_PROVINCES = new Set(['LA-CH', 'LA-XI', 'MM-01', 'MM-02', 'MM-03'])
const QUARANTINE_SITES = new Set(['whc-481', 'whc-1587', 'whc-1444'])

const SITE_PLACE: Record<string, string> = {
  'whc-668': 'Angkor', 'whc-1224': 'Preah Vihear', 'whc-1532': 'Sambor Prei Kuk', 'whc-1667': 'Koh Ker', 'whc-1748': 'Phnom Penh',
  'whc-479': 'Luang Prabang', 'whc-481': 'Vat Phou', 'whc-1587': 'Plain of Jars', 'whc-951': 'Phong Nha', 'whc-1444': 'Sri Ksetra',
  'whc-1588': 'Bagan', 'whc-574': 'Sukhothai', 'whc-576': 'Ayutthaya', 'whc-591': 'Thungyai', 'whc-575': 'Ban Chiang',
  'whc-590': 'Khao Yai', 'whc-1461': 'Kaeng Krachan', 'whc-th-si-thep': 'Si Thep', 'whc-1507': 'Phu Phrabat', 'whc-678': 'Hue',
  'whc-672': 'Ha Long', 'whc-948': 'Hoi An', 'whc-949': 'My Son', 'whc-1328': 'Thang Long', 'whc-1358': 'Tay Do',
  'whc-1438': 'Trang An', 'whc-vn-yen-tu': 'Yen Tu', 'ucc-ho-chi-minh-city': 'Saigon'
}

// ---------------------------------------------------------------- destinations

interface Dest {
  id: string
  name: string
  kinds: string[]
  provinces: string[]
  countries: CC[]
  loc: Loc
  place: string
  field?: string
  natural: boolean
  reference: boolean
}
const destinations = new Map<string, Dest>()

for (const n of refNodes) {
  if (n.labels[0] !== 'Destination') continue
  const provs = refLinks.filter((l) => l.type === 'LOCATED_IN' && l.from === n.id).map((l) => l.to)
  const countries = [...new Set(provs.map((p) => need(provinces.get(p), `province ${p}`).country))]
  destinations.set(n.id, {
    id: n.id,
    name: String(n.properties.name),
    kinds: n.properties.kinds as string[],
    provinces: provs,
    countries,
    loc: n.properties.location as Loc,
    place: SITE_PLACE[n.id] ?? String(n.properties.name),
    field: n.properties.creativeField as string | undefined,
    natural: n.properties.category === 'natural',
    reference: true
  })
}

// Extra (non-heritage) destinations: real places, approximate coordinates around the province centre.
const EXTRA_DESTINATIONS: Array<[CC, string, string, string[], string]> = [
  ['KH', 'Kampong Chhnang Pottery Village', 'KH-4', ['craft_village'], 'Kampong Chhnang'],
  ['KH', 'Koh Dach Silk Island', 'KH-8', ['craft_village'], 'Koh Dach'],
  ['KH', 'Takeo Silk Weaving Villages', 'KH-21', ['craft_village'], 'Takeo'],
  ['KH', 'Siem Reap Artisans Night Market', 'KH-17', ['market'], 'Siem Reap'],
  ['KH', 'Phnom Penh Riverside Arts Quarter', 'KH-12', ['cultural_venue'], 'Phnom Penh'],
  ['KH', 'Kampot Pepper Farm Trail', 'KH-7', ['ecotourism'], 'Kampot'],
  ['KH', 'Chong Kneas Floating Village', 'KH-17', ['ecotourism'], 'Chong Kneas'],
  ['KH', 'Phnom Penh Water Festival Grounds', 'KH-12', ['festival'], 'Phnom Penh'],
  ['KH', 'Mondulkiri Bunong Forest Homestays', 'KH-11', ['ecotourism'], 'Mondulkiri'],
  ['KH', 'Battambang Old Market Arts Lane', 'KH-2', ['market', 'cultural_venue'], 'Battambang'],
  ['LA', 'Ban Xang Khong Paper Village', 'LA-LP', ['craft_village'], 'Xang Khong'],
  ['LA', 'Ban Phanom Weaving Village', 'LA-LP', ['craft_village'], 'Ban Phanom'],
  ['LA', 'Luang Prabang Night Handicraft Market', 'LA-LP', ['market'], 'Luang Prabang'],
  ['LA', 'Vientiane Morning Textile Market', 'LA-VT', ['market'], 'Vientiane'],
  ['LA', 'Vientiane Textile Heritage Museum', 'LA-VT', ['museum'], 'Vientiane'],
  ['LA', 'That Luang Festival Grounds', 'LA-VT', ['festival'], 'Vientiane'],
  ['LA', 'Kong Lor Cave River Trail', 'LA-KH', ['ecotourism'], 'Kong Lor'],
  ['LA', 'Bolaven Plateau Coffee Trail', 'LA-CH', ['ecotourism'], 'Bolaven'],
  ['LA', 'Nam Ha Forest Treks', 'LA-LM', ['ecotourism'], 'Nam Ha'],
  ['MM', 'Myinkaba Lacquerware Village', 'MM-04', ['craft_village'], 'Myinkaba'],
  ['MM', 'Inpawkhon Lotus Weaving Village', 'MM-17', ['craft_village'], 'Inle'],
  ['MM', 'Inle Lake Rotating Market', 'MM-17', ['market'], 'Inle'],
  ['MM', 'Yangon Downtown Arts Market', 'MM-06', ['market'], 'Yangon'],
  ['MM', 'Mandalay Marionette Stage', 'MM-04', ['cultural_venue'], 'Mandalay'],
  ['MM', 'Yangon Thingyan Festival Grounds', 'MM-06', ['festival'], 'Yangon'],
  ['MM', 'Mrauk U Temple Trail', 'MM-16', ['ecotourism'], 'Mrauk U'],
  ['MM', 'Kalaw Hill Trekking Routes', 'MM-17', ['ecotourism'], 'Kalaw'],
  ['MM', 'Pathein Parasol Workshops Quarter', 'MM-07', ['craft_village'], 'Pathein'],
  ['TH', 'Bo Sang Umbrella Village', 'TH-50', ['craft_village'], 'Bo Sang'],
  ['TH', 'San Kamphaeng Weaving Village', 'TH-50', ['craft_village'], 'San Kamphaeng'],
  ['TH', 'Chiang Mai Sunday Walking Street', 'TH-50', ['market'], 'Chiang Mai'],
  ['TH', 'Charoen Krung Creative District', 'TH-10', ['cultural_venue'], 'Charoen Krung'],
  ['TH', 'Bangkok Riverside Craft Market', 'TH-10', ['market'], 'Bangkok'],
  ['TH', 'Sawankhalok Kilns Museum', 'TH-64', ['museum'], 'Sawankhalok'],
  ['TH', 'Sukhothai Loy Krathong Festival', 'TH-64', ['festival'], 'Sukhothai'],
  ['TH', 'Phuket Old Town Peranakan Quarter', 'TH-83', ['cultural_venue'], 'Phuket Old Town'],
  ['TH', 'Nan Riverside Walking Street', 'TH-55', ['market'], 'Nan'],
  ['TH', 'Chiang Rai Night Bazaar', 'TH-57', ['market'], 'Chiang Rai'],
  ['TH', 'Phetchaburi Palm Sugar Farm Trail', 'TH-76', ['ecotourism'], 'Phetchaburi'],
  ['TH', 'Songkhla Old Town Murals', 'TH-90', ['cultural_venue'], 'Songkhla'],
  ['TH', 'Suphanburi Folk Song Stage', 'TH-72', ['cultural_venue'], 'Suphanburi'],
  ['TH', 'Ayutthaya Floating Craft Market', 'TH-14', ['market'], 'Ayutthaya'],
  ['TH', 'Ban Chiang Pottery Village', 'TH-41', ['craft_village'], 'Ban Chiang'],
  ['TH', 'Dan Kwian Pottery Village', 'TH-30', ['craft_village'], 'Dan Kwian'],
  ['TH', 'Chiang Mai Crafts Museum', 'TH-50', ['museum'], 'Chiang Mai'],
  ['VN', 'Bat Trang Ceramic Village', 'VN-HN', ['craft_village'], 'Bat Trang'],
  ['VN', 'Van Phuc Silk Village', 'VN-HN', ['craft_village'], 'Van Phuc'],
  ['VN', 'Hanoi Old Quarter Night Market', 'VN-HN', ['market'], 'Hanoi'],
  ['VN', 'Hoi An Lantern Night Market', 'VN-27', ['market'], 'Hoi An'],
  ['VN', 'Thanh Ha Pottery Village', 'VN-27', ['craft_village'], 'Thanh Ha'],
  ['VN', 'Kim Bong Carpentry Village', 'VN-27', ['craft_village'], 'Kim Bong'],
  ['VN', 'Hue Festival Grounds', 'VN-26', ['festival'], 'Hue'],
  ['VN', 'Dong Ho Folk Painting Village', 'VN-56', ['craft_village'], 'Dong Ho'],
  ['VN', 'Saigon Contemporary Arts Quarter', 'VN-SG', ['cultural_venue'], 'Saigon'],
  ['VN', 'Da Nang Cham Sculpture Galleries', 'VN-DN', ['museum'], 'Da Nang'],
  ['VN', 'Da Lat Flower Festival', 'VN-35', ['festival'], 'Da Lat'],
  ['VN', 'Cai Rang Floating Market', 'VN-CT', ['market'], 'Cai Rang'],
  ['VN', 'Phong Nha Cave Trails', 'VN-24', ['ecotourism'], 'Phong Nha'],
  ['VN', 'Hanoi Creative Warehouse', 'VN-HN', ['cultural_venue'], 'Hanoi'],
  ['VN', 'Non Nuoc Stone Carving Village', 'VN-DN', ['craft_village'], 'Non Nuoc']
]

{
  const rng = new Rng('destinations')
  const counters = new Map<string, number>()
  for (const [cc, name, prov, kinds, place] of EXTRA_DESTINATIONS) {
    const n = (counters.get(cc) ?? 0) + 1
    counters.set(cc, n)
    const id = `d-${cc.toLowerCase()}-${String(n).padStart(3, '0')}`
    const p = need(provinces.get(prov), `province ${prov}`)
    const loc = scatter(rng, p.loc, Math.min(8, PROVINCE_RADIUS[prov] ?? 20))
    addNode(id, ['Destination'], { name, kinds, location: loc, approximate: true })
    linkKeys.add(`${id}|LOCATED_IN|${prov}`)
    links.push({ from: id, type: 'LOCATED_IN', to: prov, properties: { sample: true } })
    destinations.set(id, { id, name, kinds, provinces: [prov], countries: [cc], loc, place, natural: false, reference: false })
  }
}

// ---------------------------------------------------------------- links with the planted R12 gap guard

interface Actor {
  id: string
  kind: Kind
  role: string
  cc: string // KH..VN, or a partner country code abroad
  province?: string
  name: string
  w: string
  motif: string
  place: string
  founded?: number
  sectors: string[]
  stages: string[]
  products: string[]
  anchors: string[]
  tags: string[]
  platform: boolean
  quarantined: boolean
  abroad: boolean
}
const actors: Actor[] = []
const actorById = new Map<string, Actor>()

function link (from: string, type: string, to: string, properties: Props = {}): boolean {
  if (from === to) return false
  const key = type === 'PARTNERS_WITH' ? `${[from, to].sort().join('|')}|PARTNERS_WITH` : `${from}|${type}|${to}`
  if (linkKeys.has(key)) return false
  const a = actorById.get(from)
  const b = actorById.get(to)
  if (a !== undefined && b !== undefined) {
    // keep the planted R12 gap real: nobody at or around those sites touches a creative producer
    if ((a.kind === 'CreativeProducer' && b.quarantined) || (b.kind === 'CreativeProducer' && a.quarantined)) return false
  }
  linkKeys.add(key)
  links.push({ from, type, to, properties: { ...clean(properties), sample: true } })
  return true
}

// ---------------------------------------------------------------- roles

interface ProductTpl { name: string, sector?: string, green?: number, cert?: string[] }
interface Variant { w: string, sectors: string[], stages?: string[], at?: AtRole, anchorKinds?: string[], products?: ProductTpl[] }
interface RoleDef {
  kind: Kind
  sectors: string[]
  optSectors?: Array<[string, number]>
  stages: string[]
  optStages?: Array<[string, number]>
  words?: Partial<Record<CC | 'any', string[]>>
  variants?: Variant[]
  nouns?: string[]
  patterns?: string[]
  tags: string[]
  sizes: Array<[Size, number]>
  desc: string[]
  products?: ProductTpl[]
  nProducts?: [number, number]
  anchorKinds?: string[]
  anchorFields?: string[]
  anchorP?: number
  at?: AtRole
  urban?: boolean
  platform?: boolean
}

const MICRO: Array<[Size, number]> = [['micro', 55], ['small', 35], ['medium', 10]]
const SMALLISH: Array<[Size, number]> = [['micro', 15], ['small', 50], ['medium', 30], ['large', 5]]
const BIGGER: Array<[Size, number]> = [['small', 25], ['medium', 45], ['large', 30]]
const CRAFT_ANCHORS = ['craft_village', 'market', 'heritage_site', 'creative_city', 'festival', 'museum']
const CRAFT_FIELDS = ['crafts_and_folk_art', 'design', 'gastronomy']
const DEFAULT_PATTERNS = ['{place} {motif} {w} {noun}', '{place} {w} {noun}', '{motif} {w} {noun}', '{place} {motif} {w} {noun}']

const ROLES: Record<string, RoleDef> = {
  // ---- creative producers
  weaving: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-crafts'],
    optSectors: [['fcs-f-fashion', 0.2]],
    stages: [CREATION, PRODUCTION],
    words: {
      KH: ['Silk', 'Ikat', 'Hol Silk', 'Krama', 'Lotus Silk', 'Pidan'],
      LA: ['Sinh', 'Silk', 'Indigo', 'Cotton', 'Naga Textile', 'Tai Lue Weave'],
      MM: ['Acheik', 'Longyi', 'Lotus Fibre', 'Chin Textile', 'Silk'],
      TH: ['Mudmee', 'Silk', 'Indigo', 'Teen Jok', 'Cotton', 'Hill-tribe Textile'],
      VN: ['Brocade', 'Silk', 'Hemp', 'Indigo', 'Linen', 'Tho Cam']
    },
    nouns: ['Collective', 'Weaving House', 'Looms', 'Textile Studio', 'Weavers Cooperative', 'Atelier'],
    tags: ['craft', 'textile'],
    sizes: MICRO,
    desc: [
      'Family-run workshop weaving {wl} on traditional looms in {place}.',
      'Collective of village weavers producing {wl} with natural dyes near {place}.',
      'Small studio reviving old {wl} patterns and training young weavers in {place}.'
    ],
    products: [
      { name: '{w} scarf', green: 0.3, cert: ['natural dyes', 'organic cotton'] },
      { name: 'Hand-woven {w} sarong', green: 0.2 },
      { name: '{motif}-pattern {w} wall hanging', green: 0.15 },
      { name: 'Natural-dye {w} shawl', green: 0.95, cert: ['natural dyes'] },
      { name: '{w} cushion cover', green: 0.2 }
    ],
    nProducts: [1, 2],
    anchorKinds: CRAFT_ANCHORS,
    anchorFields: CRAFT_FIELDS,
    at: 'sells'
  },
  pottery: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-crafts'],
    stages: [CREATION, PRODUCTION],
    words: {
      KH: ['Pottery', 'Clay', 'Earthenware'],
      LA: ['Pottery', 'Clay', 'Earthenware'],
      MM: ['Pottery', 'Glazed Jar', 'Terracotta'],
      TH: ['Celadon', 'Ceramics', 'Benjarong', 'Terracotta', 'Stoneware'],
      VN: ['Ceramics', 'Porcelain', 'Pottery', 'Blue-and-White', 'Stoneware']
    },
    nouns: ['Kilns', 'Ceramic Studio', 'Pottery Workshop', 'Clayworks', 'Ceramics Collective'],
    tags: ['craft', 'ceramics'],
    sizes: MICRO,
    desc: [
      'Potters shaping {wl} by hand and firing in wood kilns near {place}.',
      'Ceramic studio combining {wl} traditions with contemporary tableware in {place}.'
    ],
    products: [
      { name: '{w} tea set', green: 0.1 },
      { name: 'Glazed {w} bowl set', green: 0.1 },
      { name: '{motif} {w} vase', green: 0.1 },
      { name: 'Low-fired {w} water jar', green: 0.6, cert: ['low-carbon kiln'] }
    ],
    nProducts: [1, 2],
    anchorKinds: CRAFT_ANCHORS,
    anchorFields: CRAFT_FIELDS,
    at: 'sells'
  },
  woodcraft: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-crafts'],
    stages: [CREATION, PRODUCTION],
    words: {
      KH: ['Stone Carving', 'Woodcarving', 'Silverwork', 'Lacquer'],
      LA: ['Silverwork', 'Woodcarving', 'Bamboo', 'Rattan'],
      MM: ['Lacquerware', 'Gold Leaf', 'Woodcarving', 'Kalaga Tapestry', 'Parasol', 'Bamboo'],
      TH: ['Lacquerware', 'Woodcarving', 'Silverwork', 'Bamboo', 'Paper Umbrella', 'Nielloware'],
      VN: ['Lacquer', 'Woodcarving', 'Mother-of-Pearl', 'Bamboo', 'Rattan']
    },
    nouns: ['Workshop', 'Artisans', 'Studio', 'Craft House', 'Guild'],
    tags: ['craft'],
    sizes: MICRO,
    desc: [
      'Master artisans making {wl} pieces for temples, homes and visitors in {place}.',
      'Workshop keeping {wl} techniques alive and training apprentices in {place}.'
    ],
    products: [
      { name: '{w} gift box', green: 0.1 },
      { name: '{w} serving tray', green: 0.15 },
      { name: '{motif} {w} panel', green: 0.1 },
      { name: 'Reclaimed-wood {w} frame', green: 0.9, cert: ['reclaimed materials'] }
    ],
    nProducts: [1, 2],
    anchorKinds: CRAFT_ANCHORS,
    anchorFields: CRAFT_FIELDS,
    at: 'sells'
  },
  paper: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-crafts'],
    optSectors: [['fcs-d-other-printed', 0.7]],
    stages: [CREATION, PRODUCTION],
    words: {
      any: ['Paper'],
      LA: ['Saa Paper', 'Mulberry Paper', 'Paper Mulberry'],
      MM: ['Shan Paper', 'Mulberry Paper'],
      TH: ['Saa Paper', 'Mulberry Paper'],
      VN: ['Do Paper', 'Woodblock Print', 'Dong Ho Print']
    },
    nouns: ['Studio', 'Paper Mill', 'Workshop', 'Press'],
    tags: ['craft', 'paper'],
    sizes: MICRO,
    desc: ['Studio making {wl} from local bark fibres and printing cards and notebooks in {place}.'],
    products: [
      { name: '{w} notebook', sector: 'fcs-d-other-printed', green: 0.6, cert: ['plant-based fibres'] },
      { name: '{w} lantern', green: 0.5 },
      { name: 'Hand-printed {w} greeting cards', sector: 'fcs-d-other-printed', green: 0.5 }
    ],
    nProducts: [1, 2],
    anchorKinds: CRAFT_ANCHORS,
    anchorFields: CRAFT_FIELDS,
    at: 'sells'
  },
  painting: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-fine-arts'],
    stages: [CREATION],
    optStages: [[PRODUCTION, 0.3]],
    words: {
      any: ['Fine Art', 'Contemporary Art', 'Painting', 'Mural'],
      VN: ['Lacquer Painting', 'Silk Painting', 'Contemporary Art', 'Mural'],
      TH: ['Lanna Painting', 'Contemporary Art', 'Mural', 'Printmaking']
    },
    nouns: ['Studio', 'Art Studio', 'Atelier', 'Painters Collective', 'Art Space'],
    tags: ['visual-arts'],
    sizes: MICRO,
    desc: ['Artist-run studio producing {wl} inspired by the life and landscapes of {place}.', 'Young artists sharing a {wl} studio and residency space in {place}.'],
    products: [
      { name: '{place} {w} original works' },
      { name: 'Limited-edition {motif} prints' },
      { name: '{motif} {w} commissions' }
    ],
    nProducts: [1, 1],
    anchorKinds: ['cultural_venue', 'creative_city', 'heritage_site', 'market'],
    at: 'exhibits'
  },
  photo: {
    kind: 'CreativeProducer',
    sectors: ['fcs-c-photography'],
    stages: [CREATION, PRODUCTION],
    words: { any: ['Photo', 'Light', 'Lens', 'Documentary Photo'] },
    nouns: ['Studio', 'Collective', 'Works', 'Lab'],
    tags: ['visual-arts', 'photography'],
    sizes: MICRO,
    desc: ['Photographers documenting crafts, rituals and street life around {place}.'],
    products: [
      { name: '{place} documentary photo book', sector: 'fcs-d-books' },
      { name: 'Fine-art {place} photo prints' },
      { name: 'Heritage photography walks in {place}' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['cultural_venue', 'creative_city', 'heritage_site'],
    at: 'exhibits'
  },
  performing: {
    kind: 'CreativeProducer',
    sectors: ['fcs-b-performing-arts'],
    optSectors: [['fcs-t-ich', 0.3]],
    stages: [CREATION, PRODUCTION],
    optStages: [[EXHIBITION, 0.4]],
    words: {
      KH: ['Apsara Dance', 'Sbek Thom Shadow Theatre', 'Lakhon Khol', 'Bassac Theatre', 'Bamboo Circus'],
      LA: ['Lam Lao', 'Classical Dance', 'Phra Lak Phra Lam Dance'],
      MM: ['Marionette', 'Zat Pwe', 'Anyeint'],
      TH: ['Khon', 'Nang Yai Shadow Puppet', 'Likay', 'Lakhon', 'Fon Lanna Dance'],
      VN: ['Water Puppet', 'Tuong Opera', 'Cai Luong', 'Cheo Theatre', 'Contemporary Dance']
    },
    nouns: ['Troupe', 'Ensemble', 'Company', 'Theatre', 'Collective'],
    tags: ['performing-arts'],
    sizes: MICRO,
    desc: ['{w} company staging repertoire and new work for local audiences and visitors in {place}.', 'Troupe of young performers trained by masters of {wl} in {place}.'],
    products: [
      { name: '{w} evening performance' },
      { name: '{w} workshop for visitors' },
      { name: '{motif} {w} touring show' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['heritage_site', 'cultural_venue', 'festival', 'creative_city'],
    anchorFields: ['music', 'crafts_and_folk_art', 'gastronomy'],
    at: 'performs'
  },
  music: {
    kind: 'CreativeProducer',
    sectors: ['fcs-b-music'],
    stages: [CREATION, PRODUCTION],
    optStages: [[EXHIBITION, 0.3]],
    words: {
      KH: ['Pinpeat', 'Chapei', 'Mahori'],
      LA: ['Khaen', 'Mor Lam'],
      MM: ['Saing Waing', 'Saung Harp'],
      TH: ['Luk Thung', 'Piphat', 'Pong Lang', 'Molam', 'Phleng Choi'],
      VN: ['Ca Tru', 'Quan Ho', 'Nha Nhac', 'Indie Folk', 'Dan Bau']
    },
    nouns: ['Ensemble', 'Orchestra', 'Music Collective', 'Band', 'Sound Studio'],
    tags: ['music'],
    sizes: MICRO,
    desc: ['Musicians performing and recording {wl} from {place}.'],
    products: [
      { name: '{w} album' },
      { name: 'Live {w} sessions' },
      { name: '{motif} {w} concert' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['cultural_venue', 'festival', 'creative_city', 'heritage_site'],
    anchorFields: ['music', 'gastronomy'],
    at: 'performs'
  },
  gastronomy: {
    kind: 'CreativeProducer',
    sectors: ['fcs-t-ich'],
    stages: [CREATION, PRODUCTION],
    words: {
      KH: ['Kampot Pepper', 'Khmer Kitchen', 'Palm Sugar', 'Amok', 'Num Banh Chok'],
      LA: ['Lao Kitchen', 'Jeow', 'Sticky Rice', 'Mekong Herb'],
      MM: ['Mohinga', 'Tea Leaf', 'Shan Noodle', 'Burmese Kitchen'],
      TH: ['Palm Sugar', 'Curry Paste', 'Khao Soi', 'Peranakan Kitchen', 'Royal Thai Cuisine', 'Khanom'],
      VN: ['Pho', 'Royal Cuisine', 'Banh Mi', 'Fish Sauce', 'Coffee', 'Cao Lau']
    },
    nouns: ['Kitchen', 'Food Lab', 'Cookery', 'Heritage Foods', 'Table'],
    tags: ['gastronomy', 'intangible-heritage'],
    sizes: MICRO,
    desc: ['Cooks and growers turning {wl} recipes from {place} into dishes, classes and gift products.'],
    products: [
      { name: '{w} gift set', green: 0.35, cert: ['organic', 'geographical indication'] },
      { name: '{w} cooking class' },
      { name: 'Heirloom {w} recipe book', sector: 'fcs-d-books' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['market', 'creative_city', 'festival', 'heritage_site'],
    anchorFields: ['gastronomy'],
    at: 'sells'
  },
  conservation: {
    kind: 'CreativeProducer',
    sectors: ['fcs-a-archaeological-sites'],
    optSectors: [['fcs-a-museums', 0.4]],
    stages: [PRODUCTION],
    optStages: [[CREATION, 0.5]],
    words: { any: ['Heritage Conservation', 'Stone Conservation', 'Restoration', 'Heritage Crafts'] },
    nouns: ['Workshop', 'Atelier', 'Studio', 'Services'],
    tags: ['heritage', 'conservation'],
    sizes: SMALLISH,
    desc: ['Conservators and stone carvers restoring monuments and making museum replicas around {place}.'],
    products: [
      { name: '{place} sandstone conservation service', sector: 'fcs-a-archaeological-sites' },
      { name: 'Heritage replica casting', sector: 'fcs-a-museums' },
      { name: '{place} site interpretation panels', sector: 'fcs-a-cultural-landscapes' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['heritage_site'],
    anchorP: 0.95,
    at: 'operates'
  },
  film: {
    kind: 'CreativeProducer',
    sectors: ['fcs-e-film-video'],
    stages: [CREATION, PRODUCTION],
    words: { any: ['Pictures', 'Films', 'Motion', 'Frames', 'Cinema Lab'] },
    patterns: ['{place} {motif} {w}', '{motif} {w}', '{motif} River {w}'],
    tags: ['film', 'audiovisual'],
    sizes: MICRO,
    desc: ['Independent production house making documentaries and short films in {place}.'],
    products: [
      { name: '{motif} documentary feature' },
      { name: 'Short film on {place} crafts' },
      { name: 'Branded heritage video series', sector: 'fcs-f-advertising' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['creative_city', 'cultural_venue'],
    anchorFields: ['film', 'design'],
    anchorP: 0.3,
    at: 'exhibits',
    urban: true
  },
  games: {
    kind: 'CreativeProducer',
    sectors: ['fcs-e-video-games'],
    optSectors: [['fcs-e-film-video', 0.3]],
    stages: [CREATION, PRODUCTION],
    words: { any: ['Pixel', 'Games', 'Play', 'Interactive', 'Animation'] },
    patterns: ['{motif} {w} Studio', '{place} {w} Lab', '{motif} {w} Works', '{place} {motif} {w}'],
    tags: ['games', 'digital'],
    sizes: SMALLISH,
    desc: ['Studio developing mobile games and animation that draw on folk tales from {place} and beyond.'],
    products: [
      { name: '{motif} mobile adventure game' },
      { name: 'Animated folk-tale series', sector: 'fcs-e-film-video' },
      { name: '{place} heritage VR walkthrough' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['creative_city', 'cultural_venue'],
    anchorFields: ['film', 'design'],
    anchorP: 0.2,
    at: 'exhibits',
    urban: true
  },
  podcast: {
    kind: 'CreativeProducer',
    sectors: ['fcs-e-podcasting'],
    optSectors: [['fcs-e-tv-radio', 0.6]],
    stages: [CREATION, PRODUCTION],
    words: { any: ['Podcast', 'Audio', 'Live', 'Stream', 'Radio'] },
    patterns: ['{motif} {w} Network', '{place} {w} Studio', '{motif} {w} Channel'],
    tags: ['podcast', 'digital'],
    sizes: MICRO,
    desc: ['Audio and live-stream studio producing shows about culture, food and makers in {place}.'],
    products: [
      { name: '{place} culture podcast' },
      { name: 'Live-streamed maker talk show', sector: 'fcs-e-tv-radio' }
    ],
    nProducts: [1, 1],
    urban: true
  },
  books: {
    kind: 'CreativeProducer',
    sectors: ['fcs-d-books'],
    stages: [CREATION],
    optStages: [[PRODUCTION, 0.5]],
    words: { any: ['Comics', 'Picture Books', 'Illustration', 'Story'] },
    patterns: ['{motif} {w} Studio', '{place} {w} House', '{motif} {w} Collective'],
    tags: ['publishing', 'illustration'],
    sizes: MICRO,
    desc: ['Writers and illustrators creating comics and picture books rooted in {place} stories.'],
    products: [
      { name: '{motif} graphic novel' },
      { name: 'Bilingual {place} picture book' },
      { name: 'Illustrated folk-tale anthology' }
    ],
    nProducts: [1, 2],
    urban: true
  },
  fashion: {
    kind: 'CreativeProducer',
    sectors: ['fcs-f-fashion'],
    optSectors: [['fcs-c-crafts', 0.35]],
    stages: [CREATION, PRODUCTION],
    words: { any: ['Fashion', 'Slow Fashion', 'Couture', 'Design'], VN: ['Fashion', 'Slow Fashion', 'Ao Dai', 'Design', 'Couture'] },
    nouns: ['Label', 'Atelier', 'House', 'Studio'],
    patterns: ['{motif} {w} {noun}', '{place} {w} {noun}', '{place} {motif} {noun}'],
    tags: ['fashion', 'design'],
    sizes: SMALLISH,
    desc: ['Fashion label cutting contemporary collections from hand-woven fabrics sourced around {place}.'],
    products: [
      { name: '{motif} ready-to-wear collection', green: 0.2 },
      { name: 'Upcycled textile jacket', green: 0.9, cert: ['recycled materials'] },
      { name: 'Handwoven-fabric capsule collection', green: 0.4, cert: ['natural dyes'] }
    ],
    nProducts: [1, 2],
    anchorKinds: ['creative_city', 'cultural_venue', 'market'],
    anchorFields: ['design', 'crafts_and_folk_art'],
    anchorP: 0.4,
    at: 'exhibits',
    urban: true
  },
  design: {
    kind: 'CreativeProducer',
    sectors: [],
    stages: [CREATION, PRODUCTION],
    variants: [
      { w: 'Graphic Design', sectors: ['fcs-f-graphic-design'] },
      { w: 'Brand Design', sectors: ['fcs-f-advertising'] },
      { w: 'Interior Design', sectors: ['fcs-f-interior-design'] },
      { w: 'Architecture', sectors: ['fcs-f-architecture'] },
      { w: 'Landscape Design', sectors: ['fcs-f-landscape-design'] }
    ],
    nouns: ['Studio', 'Office', 'Lab', 'Partners', 'Workshop'],
    patterns: ['{motif} {w} {noun}', '{place} {w} {noun}'],
    tags: ['design'],
    sizes: SMALLISH,
    desc: ['{w} practice working with craft makers, hotels and cultural venues in {place}.'],
    products: [
      { name: 'Heritage-inspired {wl} service' },
      { name: '{place} {wl} commissions' }
    ],
    nProducts: [1, 1],
    anchorKinds: ['creative_city', 'cultural_venue'],
    anchorFields: ['design'],
    anchorP: 0.4,
    at: 'exhibits',
    urban: true
  },

  // ---- CCI organisations
  shop: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-c-crafts'],
    optSectors: [['fcs-f-fashion', 0.4]],
    stages: [DISSEMINATION],
    words: { any: ['Handicrafts', 'Craft', 'Handmade', 'Artisan'] },
    nouns: ['Store', 'Emporium', 'Boutique', 'Trading House', 'Shop'],
    patterns: ['{place} {motif} {w} {noun}', '{motif} {w} {noun}', '{place} {w} {noun}'],
    tags: ['retail', 'crafts'],
    sizes: SMALLISH,
    desc: ['Shop selling crafts and textiles from makers across {country} to visitors in {place}.'],
    anchorKinds: ['market', 'heritage_site', 'creative_city', 'craft_village'],
    anchorFields: CRAFT_FIELDS,
    anchorP: 0.6,
    at: 'sells'
  },
  gallery: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-c-fine-arts'],
    optSectors: [['fcs-c-photography', 0.5]],
    stages: [EXHIBITION, DISSEMINATION],
    words: { any: ['Gallery', 'Art Space', 'Contemporary', 'Project Space'] },
    patterns: ['{place} {motif} {w}', '{motif} {w}', '{motif} House {w}'],
    tags: ['gallery', 'visual-arts'],
    sizes: SMALLISH,
    desc: ['Gallery showing and selling contemporary art and photography in {place}.'],
    anchorKinds: ['cultural_venue', 'creative_city'],
    anchorP: 0.5,
    at: 'exhibits',
    urban: true
  },
  platform: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-c-crafts', 'fcs-e-tv-radio'],
    optSectors: [['fcs-f-fashion', 0.7]],
    stages: [DISSEMINATION],
    words: { any: ['Handmade Marketplace', 'Craft Market Online', 'Creators Live Shop', 'Artisan Bazaar Online', 'Design Market Online', 'Maker Mall'] },
    patterns: ['{motif} {w}', '{place} {w}'],
    tags: ['digital-platform', 'ecommerce', 'marketplace'],
    sizes: BIGGER,
    desc: ['Online marketplace and live-stream shop where makers from across {country} sell crafts and design.'],
    platform: true,
    urban: true
  },
  association: {
    kind: 'CCIOrganisation',
    sectors: [],
    stages: [PRODUCTION],
    optStages: [[EXHIBITION, 0.5]],
    variants: [
      { w: 'Handicraft Producers', sectors: ['fcs-c-crafts'] },
      { w: 'Weavers', sectors: ['fcs-c-crafts'] },
      { w: 'Performing Artists', sectors: ['fcs-b-performing-arts', 'fcs-b-music'] },
      { w: 'Designers', sectors: ['fcs-f-graphic-design', 'fcs-f-fashion'] },
      { w: 'Film-makers', sectors: ['fcs-e-film-video'] },
      { w: 'Game Developers', sectors: ['fcs-e-video-games'] },
      { w: 'Tourism Operators', sectors: ['fcs-g-travel-services'], stages: [CONSUMPTION] }
    ],
    nouns: ['Association', 'Network', 'Cluster', 'Guild', 'Council'],
    patterns: ['{place} {w} {noun}', '{adj} {w} {noun}'],
    tags: ['association', 'network'],
    sizes: SMALLISH,
    desc: ['Membership body representing {wl} across {country}: fairs, advocacy, shared services and a voice towards government.'],
    urban: true
  },
  publisher: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-d-books'],
    optSectors: [['fcs-d-press', 0.5]],
    stages: [PRODUCTION, DISSEMINATION],
    words: { any: ['Books', 'Publishing', 'Editions', 'Press'] },
    patterns: ['{motif} {w}', '{place} {w}', '{place} {motif} {w}'],
    tags: ['publishing'],
    sizes: SMALLISH,
    desc: ['Independent publisher and distributor of books by {country} authors and illustrators.'],
    products: [
      { name: '{place} heritage guidebook series' },
      { name: 'Contemporary {adj} fiction list' }
    ],
    nProducts: [1, 2],
    urban: true
  },
  filmdist: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-e-film-video'],
    stages: [DISSEMINATION, EXHIBITION],
    words: { any: ['Cinematheque', 'Film Distribution', 'Screen House', 'Independent Cinema'] },
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['film', 'cinema'],
    sizes: SMALLISH,
    desc: ['Distributor and art-house screen bringing independent films to audiences in {place}.'],
    products: [{ name: '{place} independent film season' }],
    nProducts: [1, 1],
    anchorKinds: ['cultural_venue', 'creative_city'],
    anchorFields: ['film', 'design'],
    anchorP: 0.4,
    at: 'exhibits',
    urban: true
  },
  museum: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-a-museums'],
    stages: [EXHIBITION],
    optStages: [[DISSEMINATION, 0.5]],
    words: { any: ['Textile Museum', 'Museum of Crafts', 'Heritage Museum', 'Living Heritage Museum', 'Folk Art Museum', 'House of Crafts'] },
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['museum', 'heritage'],
    sizes: SMALLISH,
    desc: ['Private museum presenting the crafts and living heritage of {place} with workshops for visitors.'],
    products: [
      { name: '{place} {wl} permanent exhibition' },
      { name: '{place} museum night tours' }
    ],
    nProducts: [1, 2],
    anchorKinds: ['museum', 'heritage_site', 'creative_city'],
    anchorP: 0.8,
    at: 'exhibits'
  },
  venue: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-b-festivals', 'fcs-b-performing-arts'],
    optSectors: [['fcs-b-music', 0.5]],
    stages: [EXHIBITION, DISSEMINATION],
    optStages: [[CONSUMPTION, 0.3]],
    words: { any: ['Arts Centre', 'Performing Arts Hall', 'Cultural Stage', 'Festival Foundation', 'Open-air Theatre'] },
    patterns: ['{place} {w}', '{place} {motif} {w}'],
    tags: ['venue', 'festival'],
    sizes: SMALLISH,
    desc: ['Venue and festival organiser programming performances and fairs in {place}.'],
    products: [{ name: '{place} arts festival programme' }],
    nProducts: [1, 1],
    anchorKinds: ['cultural_venue', 'festival', 'creative_city'],
    anchorP: 0.8,
    at: 'manages'
  },
  hub: {
    kind: 'CCIOrganisation',
    sectors: ['fcs-f-graphic-design', 'fcs-c-crafts'],
    optSectors: [['fcs-f-fashion', 0.5]],
    stages: [EXHIBITION, DISSEMINATION],
    words: { any: ['Creative Hub', 'Design Centre', 'Makerspace', 'Craft and Design Centre', 'Creative Lab'] },
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['creative-hub', 'design'],
    sizes: SMALLISH,
    desc: ['Shared space for designers and makers in {place}: showroom, events and incubation.'],
    anchorKinds: ['cultural_venue', 'creative_city'],
    anchorFields: ['design', 'crafts_and_folk_art', 'film'],
    anchorP: 0.6,
    at: 'operates',
    urban: true
  },

  // ---- tourism operators
  heritageTour: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-travel-services', 'fcs-a-archaeological-sites'],
    stages: [CONSUMPTION],
    words: { any: ['Heritage Tours', 'Temple Trails', 'Ancient City Tours', 'History Walks', 'Heritage Journeys', 'Sunrise Tours'] },
    patterns: ['{place} {w}', '{motif} {w}', '{place} {motif} {w}'],
    tags: ['tourism', 'heritage'],
    sizes: SMALLISH,
    desc: ['Licensed guides running small-group heritage tours in and around {place}.'],
    products: [{ name: '{place} guided heritage walk', sector: 'fcs-a-archaeological-sites', green: 0.2, cert: ['community tourism standard'] }],
    nProducts: [1, 1],
    anchorKinds: ['heritage_site'],
    anchorP: 0.95,
    at: 'guides'
  },
  craftTour: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-travel-services', 'fcs-c-crafts'],
    stages: [CONSUMPTION],
    words: { any: ['Craft Village Tours', 'Artisan Trails', 'Village Craft Journeys', 'Maker Tours'] },
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['tourism', 'crafts', 'creative-tourism'],
    sizes: SMALLISH,
    desc: ['Creative-tourism operator taking visitors to workshops and craft villages around {place}.'],
    products: [{ name: '{place} craft village day trip', sector: 'fcs-c-crafts', green: 0.3, cert: ['community tourism standard'] }],
    nProducts: [1, 1],
    anchorKinds: ['craft_village', 'creative_city', 'market'],
    anchorFields: ['crafts_and_folk_art', 'design'],
    anchorP: 0.9,
    at: 'guides'
  },
  foodTour: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-travel-services', 'fcs-t-ich'],
    stages: [CONSUMPTION],
    words: { any: ['Food Tours', 'Cooking School', 'Street Food Walks', 'Cuisine Tours', 'Market Tours'] },
    patterns: ['{place} {w}', '{place} {motif} {w}'],
    tags: ['tourism', 'gastronomy'],
    sizes: MICRO,
    desc: ['Food tours and cooking classes around the markets and kitchens of {place}.'],
    products: [{ name: '{place} street food evening tour', sector: 'fcs-t-ich' }],
    nProducts: [1, 1],
    anchorKinds: ['market', 'creative_city', 'festival'],
    anchorFields: ['gastronomy', 'crafts_and_folk_art'],
    anchorP: 0.85,
    at: 'guides'
  },
  hotel: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-hospitality'],
    optSectors: [['fcs-f-interior-design', 0.3]],
    stages: [CONSUMPTION],
    words: { any: ['Heritage Hotel', 'Boutique Lodge', 'Residence', 'Guesthouse', 'Eco Lodge', 'Riverside Inn'] },
    patterns: ['{place} {motif} {w}', '{motif} {w} {place}', '{place} {w}'],
    tags: ['tourism', 'hospitality'],
    sizes: SMALLISH,
    desc: ['Boutique accommodation furnished with local crafts, hosting cultural evenings in {place}.'],
    products: [{ name: '{place} heritage stay package', sector: 'fcs-g-hospitality', green: 0.25, cert: ['green hotel label'] }],
    nProducts: [1, 1],
    anchorKinds: ['heritage_site', 'creative_city', 'craft_village'],
    anchorP: 0.8,
    at: 'operates'
  },
  ecoTour: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-travel-services', 'fcs-a-natural-heritage'],
    stages: [CONSUMPTION],
    words: { any: ['Eco Adventures', 'Nature Trails', 'River Journeys', 'Forest Treks', 'Community Treks'] },
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['tourism', 'ecotourism'],
    sizes: MICRO,
    desc: ['Small operator running community-based treks and river trips near {place}.'],
    products: [{ name: '{place} community trek', sector: 'fcs-a-natural-heritage', green: 0.85, cert: ['community tourism standard'] }],
    nProducts: [1, 1],
    anchorKinds: ['ecotourism', 'heritage_site'],
    anchorP: 0.9,
    at: 'guides'
  },
  ota: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-travel-services', 'fcs-e-tv-radio'],
    stages: [DISSEMINATION, CONSUMPTION],
    words: { any: ['Trip Hub', 'Travel Online', 'Experiences Online', 'Go Local App', 'Journeys Online'] },
    patterns: ['{motif} {w}', '{place} {w}'],
    tags: ['digital-platform', 'online-travel', 'tourism'],
    sizes: BIGGER,
    desc: ['Online platform selling tours, classes and craft experiences across {country}.'],
    platform: true,
    urban: true
  },
  dinnerShow: {
    kind: 'TourismOperator',
    sectors: ['fcs-g-hospitality', 'fcs-b-performing-arts'],
    stages: [CONSUMPTION, EXHIBITION],
    words: { any: ['Dinner Theatre', 'Cultural Show', 'Night Show', 'Heritage Dinner Show'] },
    patterns: ['{place} {w}', '{motif} {w}', '{place} {motif} {w}'],
    tags: ['tourism', 'performing-arts'],
    sizes: SMALLISH,
    desc: ['Restaurant theatre presenting traditional dance and music to visitors in {place}.'],
    products: [{ name: '{place} {motif} dinner show', sector: 'fcs-b-performing-arts' }],
    nProducts: [1, 1],
    anchorKinds: ['cultural_venue', 'creative_city', 'heritage_site'],
    anchorP: 0.8,
    at: 'performs'
  },

  // ---- others
  ngo: {
    kind: 'NGO',
    sectors: [],
    stages: [PRODUCTION],
    optStages: [[EXHIBITION, 0.5]],
    variants: [
      { w: 'Artisans Foundation', sectors: ['fcs-c-crafts'] },
      { w: 'Heritage Trust', sectors: ['fcs-a-archaeological-sites', 'fcs-t-ich'] },
      { w: 'Living Arts Fund', sectors: ['fcs-b-performing-arts'] },
      { w: 'Craft Livelihoods Network', sectors: ['fcs-c-crafts'] },
      { w: 'Community Tourism Alliance', sectors: ['fcs-g-travel-services'], stages: [CONSUMPTION] },
      { w: 'Weavers Support Fund', sectors: ['fcs-c-crafts'] },
      { w: 'Children Arts Initiative', sectors: ['fcs-c-fine-arts', 'fcs-t-education'], stages: [EXHIBITION] }
    ],
    patterns: ['{place} {w}', '{motif} {w}'],
    tags: ['ngo', 'non-profit'],
    sizes: SMALLISH,
    desc: ['Non-profit supporting artisans, performers and heritage communities in and around {place}.', 'Charitable {wl} helping makers and heritage keepers of {place} with training, materials and markets.']
  },
  community: {
    kind: 'Community',
    sectors: [],
    stages: [],
    variants: [
      { w: 'Weaving Group', sectors: ['fcs-c-crafts'], stages: [CREATION, PRODUCTION], at: 'sells', anchorKinds: ['craft_village', 'market'], products: [{ name: 'Community-woven {place} textiles', sector: 'fcs-c-crafts', green: 0.5, cert: ['natural dyes'] }] },
      { w: 'Village Craft Group', sectors: ['fcs-c-crafts'], stages: [CREATION, PRODUCTION], at: 'sells', anchorKinds: ['craft_village', 'market', 'heritage_site'], products: [{ name: '{place} village basketry', sector: 'fcs-c-crafts', green: 0.6, cert: ['plant-based fibres'] }] },
      { w: 'Festival Committee', sectors: ['fcs-b-festivals'], stages: [EXHIBITION, CONSUMPTION], at: 'performs', anchorKinds: ['festival', 'heritage_site'], products: [{ name: '{place} village festival', sector: 'fcs-b-festivals' }] },
      { w: 'Community-based Tourism Group', sectors: ['fcs-g-travel-services', 'fcs-a-cultural-landscapes'], stages: [CONSUMPTION], at: 'guides', anchorKinds: ['ecotourism', 'heritage_site'], products: [{ name: '{place} homestay experience', sector: 'fcs-g-hospitality', green: 0.8, cert: ['community tourism standard'] }] },
      { w: 'Folk Music Circle', sectors: ['fcs-b-music'], stages: [CREATION, CONSUMPTION], at: 'performs', anchorKinds: ['festival', 'cultural_venue'], products: [{ name: '{place} folk song evenings', sector: 'fcs-b-music' }] },
      { w: 'Youth Heritage Club', sectors: ['fcs-t-ich'], stages: [CREATION, CONSUMPTION], at: 'guides', anchorKinds: ['heritage_site', 'festival'] }
    ],
    patterns: ['{place} {w}'],
    tags: ['community'],
    sizes: [['micro', 80], ['small', 20]],
    desc: ['Community group in {place} keeping its {wl} activities going and welcoming visitors.'],
    anchorP: 0.7
  },
  investor: {
    kind: 'Investor',
    sectors: [],
    stages: [],
    variants: [
      { w: 'Creative Ventures', sectors: ['fcs-e-video-games', 'fcs-f-fashion'] },
      { w: 'Impact Fund', sectors: ['fcs-c-crafts', 'fcs-g-hospitality'] },
      { w: 'Capital Partners', sectors: ['fcs-g-hospitality', 'fcs-e-film-video'] },
      { w: 'SME Finance', sectors: ['fcs-c-crafts', 'fcs-f-fashion'] },
      { w: 'Angel Network', sectors: ['fcs-e-video-games', 'fcs-f-graphic-design'] },
      { w: 'Tourism Investment Trust', sectors: ['fcs-g-hospitality'] }
    ],
    patterns: ['{motif} {w}', '{place} {w}'],
    tags: ['investor', 'finance'],
    sizes: BIGGER,
    desc: ['Investor providing equity and loans to creative and tourism businesses across {country}.'],
    urban: true
  }
}

// ---------------------------------------------------------------- explicit bodies per country

type GovFocus = 'culture' | 'tourism' | 'commerce' | 'ip' | 'provincial'
interface GovDef { name: string, province: string, focus: GovFocus, sectors: string[], manages?: string[] }
const GOVERNMENT: Record<CC, GovDef[]> = {
  TH: [
    { name: 'Thai Office of Cultural Industries Promotion', province: 'TH-10', focus: 'culture', sectors: ['fcs-a', 'fcs-b', 'fcs-c'] },
    { name: 'Thai Bureau of Creative Tourism Development', province: 'TH-10', focus: 'tourism', sectors: ['fcs-g'] },
    { name: 'Thai Digital Trade and E-commerce Office', province: 'TH-10', focus: 'commerce', sectors: ['fcs-c-crafts', 'fcs-f'] },
    { name: 'Thai Copyright and Creative Content Office', province: 'TH-10', focus: 'ip', sectors: ['fcs-d', 'fcs-e'] },
    { name: 'Chiang Mai Provincial Office of Crafts and Culture', province: 'TH-50', focus: 'provincial', sectors: ['fcs-c'], manages: ['ucc-chiang-mai'] },
    { name: 'Sukhothai Provincial Heritage and Tourism Office', province: 'TH-64', focus: 'provincial', sectors: ['fcs-a', 'fcs-g'], manages: ['whc-574'] },
    { name: 'Phuket Gastronomy City Secretariat', province: 'TH-83', focus: 'provincial', sectors: ['fcs-t-ich'], manages: ['ucc-phuket'] },
    { name: 'Nan Municipal Creative City Desk', province: 'TH-55', focus: 'provincial', sectors: ['fcs-c'], manages: ['ucc-nan'] }
  ],
  VN: [
    { name: 'Viet Nam Directorate for Cultural Industries', province: 'VN-HN', focus: 'culture', sectors: ['fcs-a', 'fcs-b', 'fcs-e'] },
    { name: 'Viet Nam Tourism Promotion Bureau', province: 'VN-HN', focus: 'tourism', sectors: ['fcs-g'] },
    { name: 'Viet Nam E-commerce and Digital Trade Agency', province: 'VN-HN', focus: 'commerce', sectors: ['fcs-c-crafts', 'fcs-f'] },
    { name: 'Viet Nam Copyright and Digital Content Office', province: 'VN-HN', focus: 'ip', sectors: ['fcs-d', 'fcs-e'] },
    { name: 'Ho Chi Minh City Creative Economy Office', province: 'VN-SG', focus: 'provincial', sectors: ['fcs-e', 'fcs-f'], manages: ['ucc-ho-chi-minh-city'] },
    { name: 'Hoi An Craft and Creative City Office', province: 'VN-27', focus: 'provincial', sectors: ['fcs-c'], manages: ['whc-948', 'ucc-hoi-an'] },
    { name: 'Hue Heritage Tourism Board', province: 'VN-26', focus: 'provincial', sectors: ['fcs-a', 'fcs-g'], manages: ['whc-678'] }
  ],
  KH: [
    { name: 'Cambodian Directorate of Cultural Industries and Fine Arts', province: 'KH-12', focus: 'culture', sectors: ['fcs-a', 'fcs-b', 'fcs-c'] },
    { name: 'Cambodian Heritage Tourism Development Office', province: 'KH-12', focus: 'tourism', sectors: ['fcs-g'] },
    { name: 'Cambodian Trade and E-commerce Registry', province: 'KH-12', focus: 'commerce', sectors: ['fcs-c-crafts'] },
    { name: 'Cambodian Copyright Registration Office', province: 'KH-12', focus: 'ip', sectors: ['fcs-b', 'fcs-d'] },
    { name: 'Siem Reap Provincial Culture and Tourism Office', province: 'KH-17', focus: 'provincial', sectors: ['fcs-a', 'fcs-g'], manages: ['whc-668'] },
    { name: 'Battambang Creative City Secretariat', province: 'KH-2', focus: 'provincial', sectors: ['fcs-t-ich'], manages: ['ucc-battambang'] }
  ],
  LA: [
    { name: 'Lao Department of Culture and Handicraft Promotion', province: 'LA-VT', focus: 'culture', sectors: ['fcs-a', 'fcs-c'] },
    { name: 'Lao Tourism Development Office', province: 'LA-VT', focus: 'tourism', sectors: ['fcs-g'] },
    { name: 'Luang Prabang Heritage Office', province: 'LA-LP', focus: 'provincial', sectors: ['fcs-a'], manages: ['whc-479'] },
    { name: 'Champasak Provincial Tourism Office', province: 'LA-CH', focus: 'provincial', sectors: ['fcs-g'], manages: ['whc-481'] }
  ],
  MM: [
    { name: 'Myanmar Department of Heritage Areas', province: 'MM-18', focus: 'culture', sectors: ['fcs-a'] },
    { name: 'Myanmar Tourism Planning Office', province: 'MM-18', focus: 'tourism', sectors: ['fcs-g'] },
    { name: 'Mandalay Regional Culture Office', province: 'MM-04', focus: 'provincial', sectors: ['fcs-a', 'fcs-b'] },
    { name: 'Bagan Heritage Zone Management Office', province: 'MM-04', focus: 'provincial', sectors: ['fcs-a'], manages: ['whc-1588'] }
  ]
}

interface EduDef { name: string, province: string, trains: string[] }
/** TRAINS_IN per country: TH covers all six FCS domains; VN only D, E, F (planted R08 gap); LA and MM two. */
const EDUCATION: Record<CC, EduDef[]> = {
  TH: [
    { name: 'Bangkok College of Fine and Applied Arts', province: 'TH-10', trains: ['fcs-c-fine-arts', 'fcs-c-photography', 'fcs-b-performing-arts'] },
    { name: 'Chiang Mai Craft Vocational School', province: 'TH-50', trains: ['fcs-c-crafts'] },
    { name: 'Lanna Institute of Heritage Studies', province: 'TH-50', trains: ['fcs-a-museums', 'fcs-a-archaeological-sites', 'fcs-t-ich'] },
    { name: 'Bangkok School of Design and Architecture', province: 'TH-10', trains: ['fcs-f-graphic-design', 'fcs-f-interior-design', 'fcs-f-architecture'] },
    { name: 'Siam Film and Media Academy', province: 'TH-10', trains: ['fcs-e-film-video', 'fcs-e-tv-radio', 'fcs-e-video-games'] },
    { name: 'Andaman Hospitality and Culinary Institute', province: 'TH-83', trains: ['fcs-g-hospitality', 'fcs-t-ich'] },
    { name: 'Suphanburi Folk Music Conservatory', province: 'TH-72', trains: ['fcs-b-music'] },
    { name: 'Chao Phraya Writing and Publishing Institute', province: 'TH-10', trains: ['fcs-d-books', 'fcs-d-press'] },
    { name: 'Sukhothai Ceramics Training Centre', province: 'TH-64', trains: ['fcs-c-crafts'] },
    { name: 'Northern Fashion and Textile College', province: 'TH-57', trains: ['fcs-f-fashion', 'fcs-c-crafts'] }
  ],
  VN: [
    { name: 'Hanoi Academy of Digital Arts', province: 'VN-HN', trains: ['fcs-e-video-games', 'fcs-e-film-video'] },
    { name: 'Saigon School of Animation and Games', province: 'VN-SG', trains: ['fcs-e-video-games'] },
    { name: 'Saigon Film and Television College', province: 'VN-SG', trains: ['fcs-e-film-video', 'fcs-e-tv-radio'] },
    { name: 'Hanoi Institute of Fashion Design', province: 'VN-HN', trains: ['fcs-f-fashion'] },
    { name: 'Da Nang Design and Architecture School', province: 'VN-DN', trains: ['fcs-f-architecture', 'fcs-f-interior-design', 'fcs-f-graphic-design'] },
    { name: 'Saigon Digital Publishing Institute', province: 'VN-SG', trains: ['fcs-d-books', 'fcs-d-press'] },
    { name: 'Hue Hospitality Training Institute', province: 'VN-26', trains: ['fcs-g-hospitality', 'fcs-g-travel-services'] },
    { name: 'Saigon Advertising and Media Academy', province: 'VN-SG', trains: ['fcs-f-advertising', 'fcs-e-podcasting'] }
  ],
  KH: [
    { name: 'Phnom Penh School of Fine Arts and Crafts', province: 'KH-12', trains: ['fcs-c-fine-arts', 'fcs-c-crafts'] },
    { name: 'Siem Reap Institute of Archaeology and Heritage', province: 'KH-17', trains: ['fcs-a-archaeological-sites', 'fcs-a-museums'] },
    { name: 'Phnom Penh Conservatory of Performing Arts', province: 'KH-12', trains: ['fcs-b-performing-arts', 'fcs-b-music'] },
    { name: 'Siem Reap Hospitality Training School', province: 'KH-17', trains: ['fcs-g-hospitality'] },
    { name: 'Battambang Art and Design School', province: 'KH-2', trains: ['fcs-f-graphic-design', 'fcs-c-fine-arts'] }
  ],
  LA: [
    { name: 'Vientiane Arts and Crafts College', province: 'LA-VT', trains: ['fcs-c-fine-arts', 'fcs-c-crafts'] },
    { name: 'Luang Prabang Hospitality School', province: 'LA-LP', trains: ['fcs-g-hospitality'] },
    { name: 'Luang Prabang Heritage Skills Centre', province: 'LA-LP', trains: ['fcs-a-archaeological-sites'] }
  ],
  MM: [
    { name: 'Yangon Visual Arts School', province: 'MM-06', trains: ['fcs-c-fine-arts'] },
    { name: 'Mandalay Lacquer and Crafts Institute', province: 'MM-04', trains: ['fcs-c-crafts'] },
    { name: 'Yangon Hospitality Training Centre', province: 'MM-06', trains: ['fcs-g-hospitality'] },
    { name: 'Mandalay Traditional Music School', province: 'MM-04', trains: ['fcs-b-music'] }
  ]
}

interface PartnerCountry { id: string, name: string }
const PARTNER_COUNTRIES: PartnerCountry[] = [
  { id: 'KR', name: 'Republic of Korea' },
  { id: 'JP', name: 'Japan' },
  { id: 'FR', name: 'France' },
  { id: 'DE', name: 'Germany' },
  { id: 'AU', name: 'Australia' },
  { id: 'SG', name: 'Singapore' }
]

interface IntlDef { name: string, where: string, partner: string, sectors: string[], city?: Loc }
const INTL_IN_COUNTRY: Record<CC, IntlDef[]> = {
  TH: [
    { name: 'Korea-Thailand Content Exchange Desk', where: 'TH-10', partner: 'KR', sectors: ['fcs-e-film-video'] },
    { name: 'Japan-Lanna Craft Cooperation Office', where: 'TH-50', partner: 'JP', sectors: ['fcs-c-crafts'] },
    { name: 'Franco-Thai Arts Residency Office', where: 'TH-10', partner: 'FR', sectors: ['fcs-c-fine-arts'] },
    { name: 'German-Thai Design Partnership Bureau', where: 'TH-10', partner: 'DE', sectors: ['fcs-f-graphic-design'] },
    { name: 'Australia-Mekong Creative Volunteers Chiang Mai', where: 'TH-50', partner: 'AU', sectors: ['fcs-c-crafts', 'fcs-t-ich'] }
  ],
  VN: [
    { name: 'Korea-Viet Nam Content Co-production Desk', where: 'VN-SG', partner: 'KR', sectors: ['fcs-e-video-games', 'fcs-e-film-video'] },
    { name: 'Franco-Vietnamese Heritage Cooperation Office Hue', where: 'VN-26', partner: 'FR', sectors: ['fcs-a-archaeological-sites'] },
    { name: 'Japan-Viet Nam Craft Village Partnership Office', where: 'VN-27', partner: 'JP', sectors: ['fcs-c-crafts'] },
    { name: 'German-Viet Nam Design Exchange Desk', where: 'VN-HN', partner: 'DE', sectors: ['fcs-f-fashion', 'fcs-f-graphic-design'] }
  ],
  KH: [
    { name: 'Franco-Khmer Conservation Cooperation Office', where: 'KH-17', partner: 'FR', sectors: ['fcs-a-archaeological-sites'] },
    { name: 'Japan-Cambodia Heritage Restoration Team', where: 'KH-17', partner: 'JP', sectors: ['fcs-a-archaeological-sites'] },
    { name: 'Korea-Cambodia Creative Exchange Desk', where: 'KH-12', partner: 'KR', sectors: ['fcs-c-crafts', 'fcs-b-performing-arts'] }
  ],
  LA: [
    { name: 'Japan-Lao Textile Heritage Cooperation Office', where: 'LA-LP', partner: 'JP', sectors: ['fcs-c-crafts'] },
    { name: 'Franco-Lao Heritage Town Cooperation Office', where: 'LA-LP', partner: 'FR', sectors: ['fcs-a-cultural-landscapes'] }
  ],
  MM: [
    { name: 'Australia-Myanmar Arts Exchange Desk', where: 'MM-06', partner: 'AU', sectors: ['fcs-c-fine-arts'] },
    { name: 'Japan-Myanmar Lacquer Conservation Team', where: 'MM-04', partner: 'JP', sectors: ['fcs-c-crafts'] }
  ]
}

const INTL_ABROAD: IntlDef[] = [
  { name: 'Seoul Craft and Design Exchange Foundation', where: 'KR', partner: 'KR', sectors: ['fcs-c-crafts', 'fcs-f-graphic-design'], city: { latitude: 37.5665, longitude: 126.978 } },
  { name: 'Busan Content Co-production Fund', where: 'KR', partner: 'KR', sectors: ['fcs-e-film-video'], city: { latitude: 35.1796, longitude: 129.0756 } },
  { name: 'Gwangju Media Arts Network', where: 'KR', partner: 'KR', sectors: ['fcs-e-video-games', 'fcs-c-fine-arts'], city: { latitude: 35.1595, longitude: 126.8526 } },
  { name: 'Kyoto Textile Heritage Network', where: 'JP', partner: 'JP', sectors: ['fcs-c-crafts'], city: { latitude: 35.0116, longitude: 135.7681 } },
  { name: 'Nara Heritage Conservation Cooperation Centre', where: 'JP', partner: 'JP', sectors: ['fcs-a-archaeological-sites'], city: { latitude: 34.6851, longitude: 135.8048 } },
  { name: 'Kanazawa Crafts Exchange Association', where: 'JP', partner: 'JP', sectors: ['fcs-c-crafts'], city: { latitude: 36.5613, longitude: 136.6562 } },
  { name: 'Lyon Silk and Design Exchange', where: 'FR', partner: 'FR', sectors: ['fcs-c-crafts', 'fcs-f-fashion'], city: { latitude: 45.764, longitude: 4.8357 } },
  { name: 'Paris Heritage Conservation Cooperation Fund', where: 'FR', partner: 'FR', sectors: ['fcs-a-archaeological-sites'], city: { latitude: 48.8566, longitude: 2.3522 } },
  { name: 'Marseille Mediterranean-Mekong Arts Network', where: 'FR', partner: 'FR', sectors: ['fcs-b-performing-arts'], city: { latitude: 43.2965, longitude: 5.3698 } },
  { name: 'Berlin Design Exchange Fund', where: 'DE', partner: 'DE', sectors: ['fcs-f-graphic-design'], city: { latitude: 52.52, longitude: 13.405 } },
  { name: 'Leipzig Book and Illustration Exchange', where: 'DE', partner: 'DE', sectors: ['fcs-d-books'], city: { latitude: 51.3397, longitude: 12.3731 } },
  { name: 'Melbourne Creative Partnerships Fund', where: 'AU', partner: 'AU', sectors: ['fcs-c-fine-arts', 'fcs-b-music'], city: { latitude: -37.8136, longitude: 144.9631 } },
  { name: 'Sydney Design and Craft Residency Network', where: 'AU', partner: 'AU', sectors: ['fcs-c-crafts'], city: { latitude: -33.8688, longitude: 151.2093 } },
  { name: 'Singapore Regional Creative Economy Forum', where: 'SG', partner: 'SG', sectors: ['fcs-f-graphic-design', 'fcs-e-video-games'], city: { latitude: 1.3521, longitude: 103.8198 } }
]

// ---------------------------------------------------------------- country profiles

interface Profile {
  roles: Record<string, number>
  provinceWeights: Record<string, number>
  urban: Record<string, number>
  associations: string[]
  noCoords: number
  countryOnly: number
  anchorP: number
  mustCover: string[]
  tourMustCover: string[]
  anchorWeight: Record<string, number>
  pMember: number
  govPartnersAssociations: boolean
  pPlatform: number
  pSeller: number
  pTourOp: number
  tradContemporaryPairs: number
  abroadPartnerships: number
  investmentsPerInvestor: number
  greenInvestShare: number
  greenProductFactor: number
  /** optional sectors never taken up in this country (a planted domain gap) */
  excludeSectors: string[]
}

const PROFILES: Record<CC, Profile> = {
  // Mature: every kind, every domain, complete chains, government everywhere; but investment is rarely green.
  TH: {
    roles: {
      weaving: 6, pottery: 5, woodcraft: 4, paper: 1, painting: 4, photo: 2, performing: 4, music: 3, gastronomy: 5, conservation: 2,
      film: 3, games: 2, podcast: 1, books: 2, fashion: 4, design: 2,
      shop: 4, gallery: 3, platform: 3, association: 4, publisher: 1, filmdist: 1, museum: 2, venue: 2, hub: 2,
      heritageTour: 6, craftTour: 5, foodTour: 5, hotel: 6, ecoTour: 4, ota: 2, dinnerShow: 2,
      investor: 8, ngo: 7, community: 10
    },
    provinceWeights: { 'TH-10': 30, 'TH-50': 22, 'TH-57': 6, 'TH-83': 7, 'TH-64': 6, 'TH-76': 4, 'TH-72': 3, 'TH-90': 3, 'TH-55': 4, 'TH-14': 5, 'TH-71': 2, 'TH-61': 1, 'TH-41': 3, 'TH-30': 2, 'TH-67': 2 },
    urban: { 'TH-10': 7, 'TH-50': 3 },
    associations: ['Handicraft Producers', 'Performing Artists', 'Designers', 'Tourism Operators'],
    noCoords: 0.05,
    countryOnly: 0,
    anchorP: 0.7,
    mustCover: ['whc-574', 'whc-576', 'whc-591', 'whc-575', 'whc-590', 'whc-1461', 'whc-th-si-thep', 'whc-1507',
      'ucc-phuket', 'ucc-chiang-mai', 'ucc-bangkok', 'ucc-sukhothai', 'ucc-phetchaburi', 'ucc-chiang-rai', 'ucc-suphanburi', 'ucc-songkhla', 'ucc-nan'],
    tourMustCover: ['whc-574', 'whc-576', 'whc-575', 'whc-590', 'whc-1461', 'whc-th-si-thep'],
    anchorWeight: { 'ucc-chiang-mai': 6, 'ucc-bangkok': 5, 'd-th-001': 4, 'd-th-002': 4 },
    pMember: 0.7,
    govPartnersAssociations: true,
    pPlatform: 0.45,
    pSeller: 0.7,
    pTourOp: 0.6,
    tradContemporaryPairs: 10,
    abroadPartnerships: 8,
    investmentsPerInvestor: 4,
    greenInvestShare: 0.1,
    greenProductFactor: 1,
    excludeSectors: []
  },
  // Digital and contemporary strength (platforms, games, fashion, IP + e-commerce law); training only in D-F.
  VN: {
    roles: {
      weaving: 3, pottery: 4, woodcraft: 3, paper: 1, painting: 3, photo: 2, performing: 2, music: 2, gastronomy: 3, conservation: 1,
      film: 4, games: 6, podcast: 3, books: 3, fashion: 6, design: 4,
      shop: 3, gallery: 3, platform: 6, association: 4, publisher: 2, filmdist: 2, museum: 1, venue: 1, hub: 2,
      heritageTour: 5, craftTour: 4, foodTour: 5, hotel: 5, ecoTour: 3, ota: 2, dinnerShow: 1,
      investor: 8, ngo: 6, community: 8
    },
    provinceWeights: { 'VN-HN': 28, 'VN-SG': 28, 'VN-DN': 8, 'VN-26': 8, 'VN-27': 10, 'VN-13': 3, 'VN-HP': 2, 'VN-21': 1, 'VN-18': 2, 'VN-24': 1, 'VN-35': 4, 'VN-54': 1, 'VN-61': 1, 'VN-56': 3, 'VN-CT': 2 },
    urban: { 'VN-HN': 5, 'VN-SG': 5, 'VN-DN': 1 },
    associations: ['Handicraft Producers', 'Designers', 'Game Developers', 'Film-makers'],
    noCoords: 0.06,
    countryOnly: 0,
    anchorP: 0.55,
    mustCover: ['whc-678', 'whc-672', 'whc-948', 'whc-949', 'whc-1328', 'whc-1438', 'whc-vn-yen-tu', 'whc-951',
      'ucc-hanoi', 'ucc-hoi-an', 'ucc-da-lat', 'ucc-ho-chi-minh-city'],
    tourMustCover: ['whc-678', 'whc-672', 'whc-948', 'whc-949', 'whc-1438'],
    anchorWeight: { 'd-vn-001': 4, 'd-vn-002': 3, 'ucc-hoi-an': 4 },
    pMember: 0.6,
    govPartnersAssociations: true,
    pPlatform: 0.75,
    pSeller: 0.6,
    pTourOp: 0.45,
    tradContemporaryPairs: 16,
    abroadPartnerships: 8,
    investmentsPerInvestor: 3,
    greenInvestShare: 0.35,
    greenProductFactor: 0.9,
    excludeSectors: []
  },
  // Heritage tourism around Angkor; no IP regulation for e-business; one infrastructure initiative only.
  KH: {
    roles: {
      weaving: 6, pottery: 3, woodcraft: 4, painting: 2, photo: 1, performing: 4, music: 2, gastronomy: 3, conservation: 2,
      film: 1, podcast: 1, books: 1, fashion: 2,
      shop: 3, gallery: 2, platform: 1, association: 2, museum: 2, venue: 1, hub: 1,
      heritageTour: 7, craftTour: 4, foodTour: 3, hotel: 5, ecoTour: 2, dinnerShow: 1,
      investor: 3, ngo: 7, community: 5
    },
    provinceWeights: { 'KH-12': 30, 'KH-17': 35, 'KH-2': 10, 'KH-13': 3, 'KH-6': 3, 'KH-7': 5, 'KH-18': 2, 'KH-4': 3, 'KH-21': 3, 'KH-8': 3, 'KH-11': 2 },
    urban: { 'KH-12': 6, 'KH-17': 4 },
    associations: ['Handicraft Producers', 'Tourism Operators'],
    noCoords: 0.08,
    countryOnly: 0,
    anchorP: 0.75,
    mustCover: ['whc-668', 'whc-1224', 'whc-1532', 'ucc-battambang'],
    tourMustCover: ['whc-668', 'whc-1224', 'whc-1532', 'whc-1667'],
    anchorWeight: { 'whc-668': 14, 'ucc-battambang': 4, 'd-kh-004': 4 },
    pMember: 0.5,
    govPartnersAssociations: true,
    pPlatform: 0.15,
    pSeller: 0.5,
    pTourOp: 0.85,
    tradContemporaryPairs: 4,
    abroadPartnerships: 6,
    investmentsPerInvestor: 3,
    greenInvestShare: 0.65,
    greenProductFactor: 1.1,
    excludeSectors: []
  },
  // Few stakeholders, no Investor, no IP regulation, Vat Phou and the Plain of Jars without creative producers.
  LA: {
    roles: {
      weaving: 5, pottery: 1, woodcraft: 2, paper: 2, painting: 1, photo: 1, performing: 1, music: 1, gastronomy: 2,
      shop: 3, gallery: 1, association: 1, museum: 1,
      heritageTour: 3, craftTour: 1, foodTour: 1, hotel: 2, ecoTour: 2,
      ngo: 3, community: 2
    },
    provinceWeights: { 'LA-VT': 35, 'LA-LP': 35, 'LA-CH': 8, 'LA-XI': 5, 'LA-KH': 3, 'LA-SV': 4, 'LA-LM': 4, 'LA-VI': 3, 'LA-HO': 3 },
    urban: { 'LA-VT': 5, 'LA-LP': 5 },
    associations: ['Weavers'],
    noCoords: 0.12,
    countryOnly: 0,
    anchorP: 0.6,
    mustCover: ['whc-479'],
    tourMustCover: ['whc-481', 'whc-1587', 'whc-479'],
    anchorWeight: { 'whc-479': 6, 'd-la-001': 4, 'd-la-002': 4 },
    pMember: 0.3,
    govPartnersAssociations: true,
    pPlatform: 0.06,
    pSeller: 0.35,
    pTourOp: 0.3,
    tradContemporaryPairs: 1,
    abroadPartnerships: 1,
    investmentsPerInvestor: 0,
    greenInvestShare: 0,
    greenProductFactor: 1.3,
    excludeSectors: ['fcs-f-fashion', 'fcs-f-interior-design', 'fcs-e-tv-radio', 'fcs-e-film-video']
  },
  // Isolated: few partnerships, thin government coordination, a third without coordinates, Pyu without producers.
  MM: {
    roles: {
      weaving: 5, pottery: 2, woodcraft: 6, paper: 1, painting: 3, photo: 1, performing: 3, music: 1, gastronomy: 2, conservation: 1,
      film: 1, books: 1, fashion: 1,
      shop: 2, gallery: 2, platform: 1, association: 2, publisher: 1, museum: 1,
      heritageTour: 4, craftTour: 2, foodTour: 1, hotel: 4, ecoTour: 2, dinnerShow: 1,
      investor: 2, ngo: 3, community: 4
    },
    provinceWeights: { 'MM-06': 35, 'MM-04': 30, 'MM-18': 5, 'MM-01': 3, 'MM-03': 2, 'MM-02': 3, 'MM-17': 12, 'MM-16': 4, 'MM-15': 3, 'MM-07': 3 },
    urban: { 'MM-06': 6, 'MM-04': 4 },
    associations: ['Handicraft Producers', 'Performing Artists'],
    noCoords: 0.3,
    countryOnly: 0.08,
    anchorP: 0.45,
    mustCover: ['whc-1588'],
    tourMustCover: ['whc-1444', 'whc-1588'],
    anchorWeight: { 'whc-1588': 6, 'd-mm-001': 4, 'd-mm-002': 3 },
    pMember: 0.25,
    govPartnersAssociations: false,
    pPlatform: 0.08,
    pSeller: 0.3,
    pTourOp: 0.25,
    tradContemporaryPairs: 1,
    abroadPartnerships: 1,
    investmentsPerInvestor: 2,
    greenInvestShare: 0,
    greenProductFactor: 0.5,
    excludeSectors: []
  }
}

// ---------------------------------------------------------------- stakeholders

const usedNames = new Set<string>()
const usedProductNames = new Set<string>()
const idCounters = new Map<string, number>()
function nextId (prefix: string, cc: string, width: number): string {
  const key = `${prefix}-${cc}`
  const n = (idCounters.get(key) ?? 0) + 1
  idCounters.set(key, n)
  return `${prefix}-${cc.toLowerCase()}-${String(n).padStart(width, '0')}`
}

function dedupeWords (text: string): string {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const out: string[] = []
  for (const w of words) if (out.length === 0 || out[out.length - 1]?.toLowerCase() !== w.toLowerCase()) out.push(w)
  // "Angkor Angkor Silk" and also "Hoi An Hoi An": drop a repeated two-word prefix
  const joined = out.join(' ')
  return joined.replace(/\b(\w+ \w+) \1\b/g, '$1')
}

function fill (template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '')
}

function slug (text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '')
}

function placeFor (rng: Rng, province: string, anchor?: Dest): string {
  if (anchor !== undefined && rng.chance(0.75)) return anchor.place
  const towns = TOWNS[province] ?? [need(provinces.get(province), province).name]
  return rng.chance(0.5) ? (towns[0] as string) : rng.pick(towns)
}

function uniqueName (rng: Rng, build: () => string, fallbackPlaces: string[]): string {
  for (let i = 0; i < 40; i++) {
    const name = dedupeWords(build())
    if (!usedNames.has(name)) { usedNames.add(name); return name }
  }
  for (const place of fallbackPlaces) {
    const name = dedupeWords(`${build()} ${place}`)
    if (!usedNames.has(name)) { usedNames.add(name); return name }
  }
  throw new Error(`could not find a unique name (${build()})`)
}

function foundedYear (rng: Rng, kind: Kind): number | undefined {
  if (rng.chance(0.12)) return undefined
  if (kind === 'Government') return rng.int(1975, 2015)
  if (kind === 'EducationProvider') return rng.int(1960, 2015)
  return 2023 - Math.floor(Math.pow(rng.float(), 1.6) * 36)
}

const EXTRA_TAGS = ['women-led', 'youth-led', 'social-enterprise', 'ethnic-minority', 'family-business', 'export-ready']

interface NewActor {
  kind: Kind
  role: string
  cc: string
  province?: string
  name: string
  w?: string
  motif?: string
  place: string
  description: string
  sectors: string[]
  stages: string[]
  tags: string[]
  size?: Size
  loc?: Loc
  website: boolean
  founded?: number
  platform?: boolean
  abroad?: boolean
  quarantined: boolean
  locatedIn: string
}

function createActor (a: NewActor): Actor {
  const id = nextId('s', a.cc, 4)
  const labels = ['Stakeholder', a.kind]
  addNode(id, labels, {
    name: a.name,
    description: a.description,
    website: a.website ? `https://${slug(a.name)}.example.org` : undefined,
    location: a.loc,
    founded: a.founded,
    size: a.size,
    tags: [...new Set(a.tags)]
  })
  const actor: Actor = {
    id,
    kind: a.kind,
    role: a.role,
    cc: a.cc,
    province: a.province,
    name: a.name,
    w: a.w ?? '',
    motif: a.motif ?? '',
    place: a.place,
    founded: a.founded,
    sectors: [...new Set(a.sectors)],
    stages: [...new Set(a.stages)],
    products: [],
    anchors: [],
    tags: a.tags,
    platform: a.platform ?? false,
    quarantined: a.quarantined,
    abroad: a.abroad ?? false
  }
  actors.push(actor)
  actorById.set(id, actor)
  link(id, 'LOCATED_IN', a.locatedIn)
  for (const s of actor.sectors) link(id, 'WORKS_IN', s)
  for (const s of actor.stages) link(id, 'ACTIVE_IN', s)
  return actor
}

function addProduct (rng: Rng, actor: Actor, tpl: ProductTpl, fallbackSector: string, greenFactor: number): void {
  const values = { w: actor.w, wl: actor.w.toLowerCase(), motif: actor.motif, place: actor.place, adj: COUNTRY_ADJ[actor.cc as CC] ?? '' }
  let name = dedupeWords(fill(tpl.name, values))
  name = name.charAt(0).toUpperCase() + name.slice(1)
  if (usedProductNames.has(name)) name = `${name} by ${actor.name}`
  if (usedProductNames.has(name)) return
  usedProductNames.add(name)
  const id = nextId('p', actor.cc, 4)
  const green = rng.chance(Math.min(0.98, (tpl.green ?? 0.05) * greenFactor))
  const certified = green && tpl.cert !== undefined && rng.chance(0.45) ? rng.pick(tpl.cert) : undefined
  addNode(id, ['Product'], { name, green, certified })
  const sectorId = tpl.sector ?? fallbackSector
  if (sector(sectorId).level !== 'subdomain') throw new Error(`product sector ${sectorId} is not a subdomain`)
  link(id, 'IN_SECTOR', sectorId)
  link(actor.id, 'PRODUCES', id)
  actor.products.push(id)
}

function locate (rng: Rng, profile: Profile, province: string, anchor?: Dest, forceCoords = false): Loc | undefined {
  if (!forceCoords && rng.chance(profile.noCoords)) return undefined
  if (anchor !== undefined) return scatter(rng, anchor.loc, anchor.natural ? 12 : 4)
  const p = need(provinces.get(province), province)
  return scatter(rng, p.loc, PROVINCE_RADIUS[province] ?? 20)
}

function destsOf (cc: CC): Dest[] {
  return [...destinations.values()].filter((d) => d.countries.includes(cc))
}

function acceptsRole (d: Dest, role: RoleDef, kinds: string[], forProducer: boolean): boolean {
  if (forProducer && (QUARANTINE_SITES.has(d.id) || d.provinces.some((p) => QUARANTINE_PROVINCES.has(p)))) return false
  if (!d.kinds.some((k) => kinds.includes(k))) return false
  if (d.kinds.includes('creative_city') && role.anchorFields !== undefined && d.field !== undefined && !d.kinds.some((k) => k !== 'creative_city' && kinds.includes(k))) {
    return role.anchorFields.includes(d.field)
  }
  if (kinds.includes('heritage_site') && d.natural && !(role.kind === 'TourismOperator' || role.kind === 'Community') && d.kinds.includes('heritage_site')) {
    return forProducer // producers may sell at the gates of natural parks; keeps TH coverage
  }
  return true
}

function baseWeight (d: Dest): number {
  if (d.kinds.includes('craft_village')) return 4
  if (d.kinds.includes('heritage_site') || d.kinds.includes('creative_city') || d.kinds.includes('market')) return 3
  if (d.kinds.includes('cultural_venue')) return 2
  return 1
}

function generateCountry (cc: CC): void {
  const profile = PROFILES[cc]
  const rng = new Rng(`stakeholders:${cc}`)
  const motifs = MOTIFS[cc]
  const adj = COUNTRY_ADJ[cc]
  const country = countryName(cc)
  const allTowns = Object.entries(TOWNS).filter(([p]) => p.startsWith(`${cc}-`)).flatMap(([, t]) => t)
  const dests = destsOf(cc)
  const covered = new Set<string>()
  const tourCovered = new Set<string>()

  const coordsFor = (province: string, anchor?: Dest): Loc | undefined => locate(rng, profile, province, anchor)
  const maybeCountryOnly = (): boolean => rng.chance(profile.countryOnly)

  // Government bodies
  for (const g of GOVERNMENT[cc]) {
    usedNames.add(g.name)
    const p = need(provinces.get(g.province), g.province)
    const place = TOWNS[g.province]?.[0] ?? p.name
    const actor = createActor({
      kind: 'Government',
      role: `gov-${g.focus}`,
      cc,
      province: g.province,
      name: g.name,
      place,
      description: g.focus === 'provincial'
        ? `Local government office coordinating culture, crafts and tourism in ${place}.`
        : `National government body responsible for ${g.focus === 'ip' ? 'copyright and creative content' : g.focus === 'commerce' ? 'digital trade and e-commerce' : g.focus} policy in ${country}.`,
      sectors: g.sectors,
      stages: [],
      tags: ['government', g.focus === 'provincial' ? 'local-government' : 'national-government', g.focus],
      size: g.focus === 'provincial' ? 'medium' : 'large',
      loc: coordsFor(g.province),
      website: rng.chance(0.7),
      founded: foundedYear(rng, 'Government'),
      quarantined: QUARANTINE_PROVINCES.has(g.province) || (g.manages ?? []).some((m) => QUARANTINE_SITES.has(m)),
      locatedIn: g.province
    })
    for (const m of g.manages ?? []) { link(actor.id, 'ACTIVE_AT', m, { role: 'manages' }); actor.anchors.push(m) }
  }

  // Education providers
  for (const e of EDUCATION[cc]) {
    usedNames.add(e.name)
    const place = TOWNS[e.province]?.[0] ?? e.province
    const trainedNames = e.trains.map((s) => String(refById.get(s)?.properties.name ?? s).toLowerCase())
    const actor = createActor({
      kind: 'EducationProvider',
      role: 'education',
      cc,
      province: e.province,
      name: e.name,
      place,
      description: `School in ${place} offering diplomas and short courses in ${trainedNames.join(', ')}.`,
      sectors: ['fcs-t-education', e.trains[0] as string],
      stages: [EXHIBITION],
      tags: ['education', 'training'],
      size: rng.pick<Size>(['small', 'medium', 'large']),
      loc: coordsFor(e.province),
      website: rng.chance(0.8),
      founded: foundedYear(rng, 'EducationProvider'),
      quarantined: false,
      locatedIn: e.province
    })
    for (const s of e.trains) link(actor.id, 'TRAINS_IN', s)
  }

  // International partners with an office in the country
  for (const i of INTL_IN_COUNTRY[cc]) {
    usedNames.add(i.name)
    const place = TOWNS[i.where]?.[0] ?? i.where
    createActor({
      kind: 'InternationalPartner',
      role: 'intl-office',
      cc,
      province: i.where,
      name: i.name,
      place,
      description: `In-country office of a ${need(PARTNER_COUNTRIES.find((p) => p.id === i.partner), i.partner).name} cooperation programme working with creative partners in ${place}.`,
      sectors: i.sectors,
      stages: [],
      tags: ['international', 'cooperation', i.partner.toLowerCase()],
      size: 'small',
      loc: coordsFor(i.where),
      website: rng.chance(0.6),
      founded: rng.int(2005, 2022),
      quarantined: false,
      locatedIn: i.where
    })
  }

  // Role-based stakeholders, in a shuffled order so that anchors and names mix
  const slots: string[] = []
  for (const [role, count] of Object.entries(profile.roles)) for (let i = 0; i < count; i++) slots.push(role)
  const order = rng.shuffle(slots)
  // must-cover anchoring goes first to producers (heritage/cities), and heritage tours to the tour list
  let associationIndex = 0
  for (const roleKey of order) {
    const role = need(ROLES[roleKey], `role ${roleKey}`)
    const isProducer = role.kind === 'CreativeProducer'
    let variant: Variant | undefined
    if (role.variants !== undefined) {
      variant = roleKey === 'association'
        ? need(role.variants.find((v) => v.w === profile.associations[associationIndex++ % profile.associations.length]), 'association variant')
        : rng.pick(role.variants)
    }
    const anchorKinds = variant?.anchorKinds ?? role.anchorKinds
    const at = variant?.at ?? role.at

    // anchor destination
    let anchor: Dest | undefined
    if (anchorKinds !== undefined && at !== undefined) {
      const candidates = dests.filter((d) => acceptsRole(d, role, anchorKinds, isProducer))
      const mustList = isProducer ? profile.mustCover.filter((id) => !covered.has(id)) : roleKey === 'heritageTour' ? profile.tourMustCover.filter((id) => !tourCovered.has(id)) : []
      const mustCandidates = candidates.filter((d) => mustList.includes(d.id))
      if (mustCandidates.length > 0) anchor = mustCandidates[0]
      else if (candidates.length > 0 && rng.chance(role.anchorP ?? profile.anchorP)) {
        anchor = rng.weighted(candidates.map((d) => [d, (profile.anchorWeight[d.id] ?? baseWeight(d)) * (QUARANTINE_SITES.has(d.id) ? 0.5 : 1)] as const))
      }
    }
    if (anchor !== undefined && isProducer) covered.add(anchor.id)
    if (anchor !== undefined && roleKey === 'heritageTour') tourCovered.add(anchor.id)

    // province
    let province: string
    if (anchor !== undefined) {
      const inCountry = anchor.provinces.filter((p) => need(provinces.get(p), p).country === cc && !(isProducer && QUARANTINE_PROVINCES.has(p)))
      province = rng.pick(inCountry)
    } else {
      const weights = role.urban === true ? profile.urban : profile.provinceWeights
      province = rng.weighted(Object.entries(weights).filter(([p]) => !(isProducer && QUARANTINE_PROVINCES.has(p))))
    }

    const motif = rng.pick(motifs)
    const w = variant?.w ?? rng.pick(role.words?.[cc] ?? role.words?.any ?? [''])
    const place = placeFor(rng, province, anchor)
    const noun = role.nouns !== undefined ? rng.pick(role.nouns) : ''
    const patterns = role.patterns ?? DEFAULT_PATTERNS
    const localTowns = TOWNS[province] ?? [place]
    const name = uniqueName(rng, () => fill(rng.pick(patterns), { place: rng.chance(0.85) ? place : rng.pick(localTowns), motif: rng.pick(motifs), w, noun: role.nouns !== undefined ? rng.pick(role.nouns) : noun, adj }), [...localTowns, ...allTowns])
    const values = { w, wl: w.toLowerCase(), place, country, adj, motif }
    const description = fill(rng.pick(role.desc), values).replace(/^./, (c) => c.toUpperCase())

    const sectorsList = [...(variant?.sectors ?? role.sectors)]
    for (const [s, p] of role.optSectors ?? []) if (rng.chance(p) && !profile.excludeSectors.includes(s)) sectorsList.push(s)
    const stagesList = [...(variant?.stages ?? role.stages)]
    for (const [s, p] of role.optStages ?? []) if (rng.chance(p)) stagesList.push(s)

    const tags = [...role.tags]
    if (role.kind !== 'Investor' && rng.chance(0.35)) tags.push(rng.pick(EXTRA_TAGS))
    const countryOnly = maybeCountryOnly()
    const quarantined = QUARANTINE_PROVINCES.has(province) || (anchor !== undefined && QUARANTINE_SITES.has(anchor.id))

    const actor = createActor({
      kind: role.kind,
      role: roleKey,
      cc,
      province: countryOnly ? undefined : province,
      name,
      w,
      motif,
      place,
      description,
      sectors: sectorsList,
      stages: stagesList,
      tags,
      size: rng.weighted(role.sizes),
      loc: countryOnly ? undefined : coordsFor(province, anchor),
      website: rng.chance(role.kind === 'Community' ? 0.1 : 0.5),
      founded: foundedYear(rng, role.kind),
      platform: role.platform,
      quarantined,
      locatedIn: countryOnly ? cc : province
    })

    if (anchor !== undefined && at !== undefined) {
      link(actor.id, 'ACTIVE_AT', anchor.id, { role: at })
      actor.anchors.push(anchor.id)
      // a second place in the same province now and then (a market stall, a festival)
      const second = dests.filter((d) => d.id !== anchor.id && d.provinces.includes(province) && !(isProducer && QUARANTINE_SITES.has(d.id)) && (anchorKinds ?? []).some((k) => d.kinds.includes(k)))
      if (second.length > 0 && rng.chance(0.25) && !(quarantined && !QUARANTINE_PROVINCES.has(province))) {
        const d = rng.pick(second)
        link(actor.id, 'ACTIVE_AT', d.id, { role: at })
        actor.anchors.push(d.id)
      }
    }

    const templates = variant?.products ?? role.products
    if (templates !== undefined && templates.length > 0) {
      const [lo, hi] = role.nProducts ?? [1, 1]
      const primary = sectorsList.find((s) => sector(s).level === 'subdomain') ?? 'fcs-c-crafts'
      for (const tpl of rng.sample(templates, rng.int(lo, hi))) addProduct(rng, actor, tpl, primary, profile.greenProductFactor)
    }
  }
}

for (const cc of CCS) generateCountry(cc)

// Partner countries abroad and their international partners
{
  const rng = new Rng('abroad')
  for (const pc of PARTNER_COUNTRIES) addNode(pc.id, ['Country'], { name: pc.name })
  for (const i of INTL_ABROAD) {
    usedNames.add(i.name)
    createActor({
      kind: 'InternationalPartner',
      role: 'intl-abroad',
      cc: i.where,
      name: i.name,
      place: i.name.split(' ')[0] as string,
      description: `Foundation and network abroad funding exchanges, residencies and co-productions with Mekong creative partners.`,
      sectors: i.sectors,
      stages: [],
      tags: ['international', 'abroad', i.partner.toLowerCase()],
      size: rng.pick<Size>(['small', 'medium']),
      loc: scatter(rng, need(i.city, 'city'), 5),
      website: rng.chance(0.7),
      founded: rng.int(1985, 2018),
      abroad: true,
      quarantined: false,
      locatedIn: i.where
    })
  }
}

// ---------------------------------------------------------------- relationships between stakeholders

const byCountry = (cc: string): Actor[] => actors.filter((a) => a.cc === cc)
const isRole = (...roles: string[]) => (a: Actor): boolean => roles.includes(a.role)
const isKind = (...kinds: Kind[]) => (a: Actor): boolean => kinds.includes(a.kind)
const sharesSector = (a: Actor, b: Actor): boolean => a.sectors.some((s) => b.sectors.includes(s))
const TRADITIONAL_ROLES = ['weaving', 'pottery', 'woodcraft', 'paper', 'performing', 'music', 'gastronomy']
const CONTEMPORARY_ROLES = ['fashion', 'design', 'games', 'film', 'painting', 'photo', 'books', 'podcast']

function since (rng: Rng, a: Actor, b: Actor): number | undefined {
  if (rng.chance(0.2)) return undefined
  const lo = Math.max(2008, a.founded ?? 2008, b.founded ?? 2008)
  return lo >= 2024 ? 2024 : rng.int(lo, 2024)
}

function supplies (rng: Rng, from: Actor, to: Actor, stage: string): boolean {
  const productId = from.products.length > 0 && rng.chance(0.8) ? rng.pick(from.products) : undefined
  return link(from.id, 'SUPPLIES', to.id, { stage, productId, since: since(rng, from, to) })
}

function valueChains (cc: CC): void {
  const p = PROFILES[cc]
  const rng = new Rng(`value-chain:${cc}`)
  const all = byCountry(cc)
  const producers = all.filter(isKind('CreativeProducer'))
  const platforms = all.filter((a) => a.platform && a.kind === 'CCIOrganisation')
  const otas = all.filter((a) => a.platform && a.kind === 'TourismOperator')
  const sellers = all.filter(isRole('shop', 'gallery', 'publisher', 'filmdist', 'hub', 'museum'))
  const tourOps = all.filter(isKind('TourismOperator')).filter((a) => !a.platform)

  for (const prod of producers) {
    if (platforms.length > 0 && rng.chance(p.pPlatform)) supplies(rng, prod, rng.pick(platforms), DISSEMINATION)
    if (rng.chance(p.pSeller)) {
      const matching = sellers.filter((s) => sharesSector(s, prod))
      if (matching.length > 0) {
        const local = matching.filter((s) => s.province === prod.province)
        supplies(rng, prod, rng.pick(local.length > 0 && rng.chance(0.6) ? local : matching), DISSEMINATION)
      }
    }
    // producers and the tourism operators active at the same destination
    const sameDest = tourOps.filter((t) => t.anchors.some((d) => prod.anchors.includes(d)))
    const sameProvince = tourOps.filter((t) => t.province !== undefined && t.province === prod.province)
    if (sameDest.length > 0 && rng.chance(p.pTourOp)) supplies(rng, prod, rng.pick(sameDest), CONSUMPTION)
    else if (sameProvince.length > 0 && rng.chance(p.pTourOp * 0.5)) supplies(rng, prod, rng.pick(sameProvince), CONSUMPTION)
    if (prod.role === 'gastronomy' || prod.role === 'performing' || prod.role === 'music') {
      const hosts = tourOps.filter((t) => (t.role === 'hotel' || t.role === 'foodTour' || t.role === 'dinnerShow') && t.province === prod.province)
      if (hosts.length > 0 && rng.chance(p.pTourOp)) supplies(rng, prod, rng.pick(hosts), CONSUMPTION)
    }
    if (otas.length > 0 && (prod.role === 'gastronomy' || prod.role === 'performing') && rng.chance(p.pPlatform * 0.6)) supplies(rng, prod, rng.pick(otas), DISSEMINATION)
  }
  // tour operators list experiences on online travel platforms
  for (const t of tourOps) if (otas.length > 0 && rng.chance(p.pPlatform * 0.5)) supplies(rng, t, rng.pick(otas), DISSEMINATION)
  // shops and galleries supply hotels in the same province (crafts and art in rooms and lobbies)
  for (const s of sellers.filter(isRole('shop', 'gallery'))) {
    const hotels = tourOps.filter((t) => t.role === 'hotel' && t.province === s.province)
    if (hotels.length > 0 && rng.chance(0.5)) supplies(rng, s, rng.pick(hotels), CONSUMPTION)
  }
  // film studios to distributors, games to platforms
  for (const prod of producers.filter(isRole('film', 'games'))) {
    const dist = all.filter(isRole('filmdist'))
    if (dist.length > 0 && rng.chance(0.6)) supplies(rng, prod, rng.pick(dist), DISSEMINATION)
  }
  // traditional makers with contemporary designers and digital studios (R07)
  const traditional = producers.filter(isRole(...TRADITIONAL_ROLES))
  const contemporary = producers.filter(isRole(...CONTEMPORARY_ROLES))
  for (let i = 0; i < p.tradContemporaryPairs && traditional.length > 0 && contemporary.length > 0; i++) {
    const t = rng.pick(traditional)
    const c = rng.pick(contemporary)
    if (c.role === 'fashion' || c.role === 'design') supplies(rng, t, c, PRODUCTION)
    else link(t.id, 'PARTNERS_WITH', c.id, { since: since(rng, t, c), kind: 'co-creation' })
  }
}

function cooperation (cc: CC): void {
  const p = PROFILES[cc]
  const rng = new Rng(`cooperation:${cc}`)
  const all = byCountry(cc)
  const associations = all.filter(isRole('association'))
  const govs = all.filter(isKind('Government'))
  const producers = all.filter(isKind('CreativeProducer'))

  // membership of associations
  for (const a of all) {
    if (a.role === 'association') continue
    const pMember = a.kind === 'CreativeProducer' ? p.pMember : a.kind === 'CCIOrganisation' || a.kind === 'TourismOperator' ? p.pMember * 0.5 : a.kind === 'Community' ? p.pMember * 0.6 : 0
    if (pMember === 0 || !rng.chance(pMember)) continue
    const matching = associations.filter((s) => sharesSector(s, a))
    const target = matching.length > 0 ? rng.pick(matching) : a.kind === 'CreativeProducer' && associations.length > 0 && rng.chance(0.4) ? rng.pick(associations) : undefined
    if (target !== undefined) link(a.id, 'MEMBER_OF', target.id, { since: since(rng, a, target) })
  }
  // government and associations: policy dialogue (not in MM: thin coordination)
  if (p.govPartnersAssociations) {
    for (const s of associations) {
      const local = govs.filter((g) => g.province === s.province && g.role === 'gov-provincial')
      const g = local.length > 0 ? rng.pick(local) : rng.pick(govs.filter((x) => x.role !== 'gov-provincial'))
      link(g.id, 'PARTNERS_WITH', s.id, { since: since(rng, g, s), kind: 'policy dialogue' })
    }
  }
  // provincial offices work with a few producers directly (festival slots, heritage programmes)
  for (const g of govs.filter(isRole('gov-provincial'))) {
    for (const prod of rng.sample(producers.filter((x) => x.province === g.province), 2)) link(g.id, 'PARTNERS_WITH', prod.id, { since: since(rng, g, prod), kind: 'programme partner' })
  }
  // government and museums or schools
  for (const m of all.filter(isRole('museum', 'education')).slice(0, 3)) {
    const g = govs.find((x) => x.role === 'gov-culture') ?? govs[0]
    if (g !== undefined && rng.chance(0.7)) link(g.id, 'PARTNERS_WITH', m.id, { since: since(rng, g, m), kind: 'public programme' })
  }
  // NGOs with communities and artisans
  for (const n of all.filter(isKind('NGO'))) {
    const targets = all.filter((x) => (x.kind === 'Community' || x.kind === 'CreativeProducer') && sharesSector(x, n))
    for (const t of rng.sample(targets.length > 0 ? targets : all.filter(isKind('Community')), rng.int(1, 3))) link(n.id, 'PARTNERS_WITH', t.id, { since: since(rng, n, t), kind: 'capacity building' })
  }
  // communities in NGO networks
  for (const c of all.filter(isKind('Community'))) {
    const ngos = all.filter(isKind('NGO'))
    if (ngos.length > 0 && rng.chance(0.4)) link(c.id, 'MEMBER_OF', rng.pick(ngos).id, { since: since(rng, c, c) })
  }
  // international offices with local partners
  for (const i of all.filter(isRole('intl-office'))) {
    const targets = all.filter((x) => (x.kind === 'CCIOrganisation' || x.kind === 'NGO' || x.kind === 'CreativeProducer' || x.kind === 'EducationProvider') && sharesSector(x, i))
    for (const t of rng.sample(targets, rng.int(2, 4))) link(i.id, 'PARTNERS_WITH', t.id, { since: since(rng, i, t), kind: 'cooperation' })
  }
  // schools with makers and organisations (internships, teaching)
  for (const e of all.filter(isKind('EducationProvider'))) {
    const targets = all.filter((x) => (x.kind === 'CreativeProducer' || x.kind === 'CCIOrganisation' || x.kind === 'TourismOperator') && sharesSector(x, { ...e, sectors: trainedSectors(e.id) }))
    for (const t of rng.sample(targets, rng.int(1, 3))) link(e.id, 'PARTNERS_WITH', t.id, { since: since(rng, e, t), kind: 'internships' })
  }
}

function trainedSectors (id: string): string[] {
  return links.filter((l) => l.from === id && l.type === 'TRAINS_IN').map((l) => l.to)
}

for (const cc of CCS) valueChains(cc)
for (const cc of CCS) cooperation(cc)

const ABROAD_FOCUS: Record<CC, string[]> = {
  KH: ['fcs-a-archaeological-sites', 'fcs-a-museums'],
  VN: ['fcs-e-film-video', 'fcs-e-video-games'],
  TH: ['fcs-c-crafts', 'fcs-f-graphic-design'],
  LA: ['fcs-c-crafts'],
  MM: []
}

function partnershipKind (rng: Rng, partner: Actor): string {
  const s = partner.sectors[0] ?? ''
  if (s.startsWith('fcs-a')) return 'conservation'
  if (s.startsWith('fcs-e')) return 'co-production'
  if (s === 'fcs-c-crafts' || s.startsWith('fcs-f') || s.startsWith('fcs-d')) return rng.pick(['exchange programme', 'residency', 'co-design'])
  return rng.pick(['residency', 'exchange programme'])
}

// Cross-border partnerships between the Mekong countries (R10): plenty around TH and VN, few for LA, one for MM.
const CROSS_BORDER: Array<[CC, CC, number]> = [
  ['TH', 'VN', 6], ['TH', 'KH', 4], ['VN', 'KH', 4], ['TH', 'LA', 2], ['VN', 'LA', 1], ['KH', 'LA', 1], ['TH', 'MM', 1]
]
{
  const rng = new Rng('cross-border')
  const eligible = (cc: CC): Actor[] => byCountry(cc).filter((a) => !a.quarantined && (a.kind === 'CCIOrganisation' || a.kind === 'CreativeProducer' || a.kind === 'EducationProvider'))
  for (const [a, b, n] of CROSS_BORDER) {
    let made = 0
    for (let tries = 0; made < n && tries < 50; tries++) {
      const left = eligible(a).filter((x) => x.kind === 'CCIOrganisation' || rng.chance(0.3))
      const x = rng.pick(left.length > 0 ? left : eligible(a))
      const candidates = eligible(b).filter((y) => sharesSector(x, y))
      const y = rng.pick(candidates.length > 0 ? candidates : eligible(b))
      if (link(x.id, 'PARTNERS_WITH', y.id, { since: since(rng, x, y), kind: rng.pick(['co-production', 'cultural exchange', 'joint exhibition', 'distribution']) })) made++
    }
  }
  // partnerships with the international partners abroad
  const abroad = actors.filter((a) => a.abroad)
  for (const cc of CCS) {
    const local = byCountry(cc).filter((a) => !a.quarantined && (a.kind === 'CCIOrganisation' || a.kind === 'NGO' || a.kind === 'EducationProvider' || a.kind === 'CreativeProducer'))
    let made = 0
    const focus = ABROAD_FOCUS[cc]
    for (let tries = 0; made < PROFILES[cc].abroadPartnerships && tries < 60; tries++) {
      // the first half goes to the country's signature field (KH heritage with FR/JP, VN content with KR, ...)
      const focused = local.filter((l) => l.sectors.some((sec) => focus.includes(sec)))
      const pool = made < PROFILES[cc].abroadPartnerships / 2 && focused.length > 0 ? focused : local.filter((l) => l.kind === 'CCIOrganisation' || rng.chance(0.4))
      const x = rng.pick(pool.length > 0 ? pool : local)
      const matching = abroad.filter((y) => sharesSector(x, y))
      const y = rng.pick(matching.length > 0 ? matching : abroad)
      if (link(x.id, 'PARTNERS_WITH', y.id, { since: since(rng, x, y), kind: partnershipKind(rng, y) })) made++
    }
    // associations join networks abroad
    const nets = { TH: 2, VN: 2, KH: 1, LA: 0, MM: 0 }[cc]
    for (const s of byCountry(cc).filter(isRole('association')).slice(0, nets)) {
      const matching = abroad.filter((y) => sharesSector(s, y))
      link(s.id, 'MEMBER_OF', rng.pick(matching.length > 0 ? matching : abroad).id, { since: rng.int(2012, 2023) })
    }
  }
}

// ---------------------------------------------------------------- investment (R11)

{
  const rng = new Rng('investment')
  const greenRange: Record<CC, [number, number]> = { TH: [20, 120], VN: [50, 400], KH: [60, 250], LA: [0, 0], MM: [20, 60] }
  const otherRange: Record<CC, [number, number]> = { TH: [150, 2500], VN: [80, 1500], KH: [30, 180], LA: [0, 0], MM: [20, 150] }
  for (const cc of CCS) {
    const p = PROFILES[cc]
    const all = byCountry(cc)
    const targets = all.filter((a) => (a.kind === 'CreativeProducer' && ['games', 'fashion', 'design', 'film', 'weaving', 'pottery', 'woodcraft', 'gastronomy'].includes(a.role)) ||
      (a.kind === 'CCIOrganisation' && ['platform', 'shop', 'hub', 'gallery'].includes(a.role)) || (a.kind === 'TourismOperator' && ['hotel', 'ota'].includes(a.role)) || a.kind === 'Community')
    for (const inv of all.filter(isKind('Investor'))) {
      const preferred = targets.filter((t) => sharesSector(t, inv))
      for (const t of rng.sample(preferred.length >= p.investmentsPerInvestor ? preferred : targets, p.investmentsPerInvestor)) {
        const green = rng.chance(p.greenInvestShare)
        const [lo, hi] = green ? greenRange[cc] : otherRange[cc]
        link(inv.id, 'INVESTS_IN', t.id, { amountUsd: rng.int(lo, hi) * 1000, year: rng.int(2016, 2024), green })
      }
    }
  }
  // one Thai investor backs a Vietnamese platform (cross-border capital)
  const thInvestor = byCountry('TH').find(isKind('Investor'))
  const vnPlatform = byCountry('VN').find((a) => a.platform && a.kind === 'CCIOrganisation')
  if (thInvestor !== undefined && vnPlatform !== undefined) link(thInvestor.id, 'INVESTS_IN', vnPlatform.id, { amountUsd: 1_800_000, year: 2022, green: false })
}

// ---------------------------------------------------------------- national regulations (R02, R04, R06)

interface RegDef { cc: CC, title: string, kind: 'law' | 'decree' | 'policy' | 'strategy', year: number, topics: string[], issuer: string, covers: string[], recs: string[] }
const REGULATIONS: RegDef[] = [
  { cc: 'TH', title: 'Creative Content and Copyright Act', kind: 'law', year: 2022, topics: ['ip', 'digital', 'culture'], issuer: 'Thai Copyright and Creative Content Office', covers: ['fcs-c', 'fcs-d', 'fcs-e', 'fcs-f'], recs: ['R04', 'R02'] },
  { cc: 'TH', title: 'Electronic Commerce Promotion Decree', kind: 'decree', year: 2021, topics: ['ecommerce', 'digital', 'trade'], issuer: 'Thai Digital Trade and E-commerce Office', covers: ['fcs-c-crafts', 'fcs-f-fashion'], recs: ['R04', 'R09'] },
  { cc: 'TH', title: 'Creative Tourism and Heritage Strategy 2023-2027', kind: 'strategy', year: 2023, topics: ['tourism', 'heritage', 'culture', 'green', 'infrastructure'], issuer: 'Thai Bureau of Creative Tourism Development', covers: ['fcs-a', 'fcs-b'], recs: ['R12', 'R05', 'R06'] },
  { cc: 'TH', title: 'Creative Economy Promotion Policy', kind: 'policy', year: 2020, topics: ['culture', 'education', 'investment'], issuer: 'Thai Office of Cultural Industries Promotion', covers: ['fcs-b', 'fcs-c', 'fcs-f'], recs: ['R01', 'R03', 'R08'] },
  { cc: 'TH', title: 'Creative Industries Investment Incentives Decree', kind: 'decree', year: 2019, topics: ['investment', 'trade'], issuer: 'Thai Office of Cultural Industries Promotion', covers: ['fcs-e', 'fcs-f'], recs: ['R11'] },
  { cc: 'VN', title: 'Intellectual Property Law Amendment on Digital Works', kind: 'law', year: 2022, topics: ['ip', 'digital', 'ecommerce'], issuer: 'Viet Nam Copyright and Digital Content Office', covers: ['fcs-c', 'fcs-d', 'fcs-e', 'fcs-f'], recs: ['R04'] },
  { cc: 'VN', title: 'Decree on E-commerce Platforms and Livestream Sales', kind: 'decree', year: 2023, topics: ['ecommerce', 'digital', 'trade'], issuer: 'Viet Nam E-commerce and Digital Trade Agency', covers: ['fcs-c-crafts', 'fcs-f-fashion', 'fcs-e-tv-radio'], recs: ['R04', 'R09'] },
  { cc: 'VN', title: 'Cultural Industries Development Strategy to 2030', kind: 'strategy', year: 2016, topics: ['culture', 'digital', 'investment'], issuer: 'Viet Nam Directorate for Cultural Industries', covers: ['fcs-b', 'fcs-c', 'fcs-d', 'fcs-e', 'fcs-f'], recs: ['R01', 'R02', 'R07'] },
  { cc: 'VN', title: 'Tourism Law Implementing Decree', kind: 'decree', year: 2018, topics: ['tourism', 'heritage'], issuer: 'Viet Nam Tourism Promotion Bureau', covers: ['fcs-a'], recs: ['R12'] },
  { cc: 'VN', title: 'Green Growth Action Plan for Cultural Tourism', kind: 'policy', year: 2022, topics: ['green', 'tourism'], issuer: 'Viet Nam Tourism Promotion Bureau', covers: ['fcs-a'], recs: ['R06', 'R11'] },
  { cc: 'KH', title: 'Copyright and Related Rights Law', kind: 'law', year: 2003, topics: ['ip', 'culture'], issuer: 'Cambodian Copyright Registration Office', covers: ['fcs-b', 'fcs-c', 'fcs-d'], recs: ['R02'] },
  { cc: 'KH', title: 'Electronic Commerce Trade Law', kind: 'law', year: 2019, topics: ['ecommerce', 'trade'], issuer: 'Cambodian Trade and E-commerce Registry', covers: ['fcs-c-crafts'], recs: ['R09'] },
  { cc: 'KH', title: 'National Policy on Culture and Fine Arts', kind: 'policy', year: 2014, topics: ['culture', 'heritage'], issuer: 'Cambodian Directorate of Cultural Industries and Fine Arts', covers: ['fcs-a', 'fcs-b', 'fcs-c'], recs: ['R02', 'R03'] },
  { cc: 'KH', title: 'Heritage Tourism Development Strategic Plan', kind: 'strategy', year: 2012, topics: ['tourism', 'heritage'], issuer: 'Cambodian Heritage Tourism Development Office', covers: ['fcs-a'], recs: ['R12'] },
  { cc: 'LA', title: 'Tourism Law', kind: 'law', year: 2013, topics: ['tourism', 'heritage'], issuer: 'Lao Tourism Development Office', covers: ['fcs-a'], recs: ['R12'] },
  { cc: 'LA', title: 'National Heritage and Handicraft Policy', kind: 'policy', year: 2016, topics: ['heritage', 'culture'], issuer: 'Lao Department of Culture and Handicraft Promotion', covers: ['fcs-a', 'fcs-c'], recs: ['R02'] },
  { cc: 'MM', title: 'Cultural Heritage Areas Conservation Law', kind: 'law', year: 2019, topics: ['heritage', 'culture'], issuer: 'Myanmar Department of Heritage Areas', covers: ['fcs-a'], recs: ['R02'] },
  { cc: 'MM', title: 'Responsible Tourism Roadmap', kind: 'strategy', year: 2018, topics: ['tourism'], issuer: 'Myanmar Tourism Planning Office', covers: ['fcs-a-cultural-landscapes'], recs: ['R12'] }
]
for (const r of REGULATIONS) {
  const id = nextId('r', r.cc, 2)
  addNode(id, ['Regulation'], { title: r.title, kind: r.kind, scope: 'national', year: r.year, topics: r.topics })
  const issuer = need(actors.find((a) => a.name === r.issuer), `issuer ${r.issuer}`)
  link(id, 'ISSUED_BY', issuer.id)
  link(id, 'APPLIES_TO', r.cc)
  for (const s of r.covers) link(id, 'COVERS', s)
  r.recs.forEach((rec, i) => link(id, 'ADDRESSES', rec, i === 0 ? {} : { inferred: true }))
}

// ---------------------------------------------------------------- initiatives

type Sel = (a: Actor) => boolean
interface InitDef {
  cc: CC
  name: string
  kind: 'training' | 'investment' | 'infrastructure' | 'branding' | 'export' | 'cooperation' | 'research' | 'event'
  green: boolean
  start: number
  end?: number
  budget?: number
  /** a name, or selectors tried in order until one matches */
  runner: string | Sel[]
  targets: Sel
  n: number
  recs: string[]
  alsoIn?: CC[]
}
const inProv = (...ps: string[]): Sel => (a) => a.province !== undefined && ps.includes(a.province)
const notGov: Sel = (a) => a.kind !== 'Government' && a.kind !== 'InternationalPartner'
const and = (...sels: Sel[]): Sel => (a) => sels.every((s) => s(a))
const or = (...sels: Sel[]): Sel => (a) => sels.some((s) => s(a))
const anchoredAt = (...ds: string[]): Sel => (a) => a.anchors.some((d) => ds.includes(d))
const craftRoles = isRole('weaving', 'pottery', 'woodcraft', 'paper')

const INITIATIVES: InitDef[] = [
  // Thailand: broad coverage, six infrastructure programmes, most run by government
  { cc: 'TH', name: 'Lanna Craft Masters Apprenticeship', kind: 'training', green: false, start: 2019, end: 2024, budget: 450_000, runner: 'Chiang Mai Craft Vocational School', targets: and(craftRoles, inProv('TH-50')), n: 8, recs: ['R08', 'R07'] },
  { cc: 'TH', name: 'Digital Storefronts for Artisans', kind: 'training', green: false, start: 2021, end: 2025, budget: 600_000, runner: 'Thai Digital Trade and E-commerce Office', targets: or(craftRoles, isRole('fashion')), n: 10, recs: ['R04', 'R08'] },
  { cc: 'TH', name: 'Creative Gastronomy Skills Programme', kind: 'training', green: false, start: 2020, budget: 250_000, runner: 'Andaman Hospitality and Culinary Institute', targets: isRole('gastronomy', 'foodTour'), n: 6, recs: ['R08', 'R12'] },
  { cc: 'TH', name: 'Performing Heritage Transmission Grants', kind: 'training', green: false, start: 2018, end: 2023, budget: 320_000, runner: 'Thai Office of Cultural Industries Promotion', targets: isRole('performing', 'music'), n: 6, recs: ['R08', 'R03'] },
  { cc: 'TH', name: 'Green Craft Village Certification', kind: 'training', green: true, start: 2022, budget: 180_000, runner: [(a) => a.kind === 'NGO'], targets: or(craftRoles, isKind('Community')), n: 8, recs: ['R06', 'R08'] },
  { cc: 'TH', name: 'Charoen Krung Creative District Upgrade', kind: 'infrastructure', green: false, start: 2018, end: 2024, budget: 3_200_000, runner: 'Thai Office of Cultural Industries Promotion', targets: and(notGov, inProv('TH-10')), n: 8, recs: ['R05'] },
  { cc: 'TH', name: 'Chiang Mai Craft Hub and Makerspace', kind: 'infrastructure', green: false, start: 2019, end: 2023, budget: 1_400_000, runner: 'Chiang Mai Provincial Office of Crafts and Culture', targets: and(notGov, inProv('TH-50')), n: 8, recs: ['R05', 'R01'] },
  { cc: 'TH', name: 'Sukhothai Heritage Walkway and Visitor Centre', kind: 'infrastructure', green: false, start: 2020, end: 2025, budget: 2_100_000, runner: 'Sukhothai Provincial Heritage and Tourism Office', targets: and(notGov, inProv('TH-64')), n: 5, recs: ['R05', 'R12'] },
  { cc: 'TH', name: 'Northern Craft Villages Solar and Broadband', kind: 'infrastructure', green: true, start: 2021, budget: 900_000, runner: 'Nan Municipal Creative City Desk', targets: and(notGov, inProv('TH-55', 'TH-57')), n: 6, recs: ['R05', 'R06'] },
  { cc: 'TH', name: 'Andaman Gastronomy Market Halls', kind: 'infrastructure', green: false, start: 2019, end: 2022, budget: 1_100_000, runner: 'Phuket Gastronomy City Secretariat', targets: and(notGov, inProv('TH-83', 'TH-90')), n: 6, recs: ['R05', 'R12'] },
  { cc: 'TH', name: 'Central Plains Heritage Rail Stops', kind: 'infrastructure', green: false, start: 2022, budget: 2_600_000, runner: 'Thai Bureau of Creative Tourism Development', targets: and(notGov, inProv('TH-14', 'TH-72', 'TH-76', 'TH-41', 'TH-30', 'TH-67', 'TH-71')), n: 8, recs: ['R05', 'R12'] },
  { cc: 'TH', name: 'Creative SME Growth Loan Window', kind: 'investment', green: false, start: 2020, budget: 5_000_000, runner: [(a) => a.kind === 'Investor'], targets: isRole('games', 'fashion', 'design', 'film', 'platform', 'hub'), n: 8, recs: ['R11'] },
  { cc: 'TH', name: 'Thai Creative Cities Trail', kind: 'branding', green: false, start: 2021, budget: 700_000, runner: 'Thai Bureau of Creative Tourism Development', targets: and(notGov, anchoredAt('ucc-phuket', 'ucc-chiang-mai', 'ucc-bangkok', 'ucc-sukhothai', 'ucc-phetchaburi', 'ucc-chiang-rai', 'ucc-suphanburi', 'ucc-songkhla', 'ucc-nan')), n: 12, recs: ['R12', 'R09'] },
  { cc: 'TH', name: 'Thai Craft Export Readiness Programme', kind: 'export', green: false, start: 2019, end: 2024, budget: 800_000, runner: 'Thai Digital Trade and E-commerce Office', targets: or(craftRoles, isRole('fashion')), n: 12, recs: ['R09'] },
  { cc: 'TH', name: 'Mekong-Lanna Craft Exchange', kind: 'cooperation', green: false, start: 2022, budget: 300_000, runner: 'Thai Office of Cultural Industries Promotion', targets: craftRoles, n: 4, recs: ['R10', 'R07'], alsoIn: ['LA'] },
  { cc: 'TH', name: 'Bangkok Design Season', kind: 'event', green: false, start: 2018, runner: [(a) => a.role === 'hub' && a.province === 'TH-10', isRole('hub', 'association')], targets: isRole('design', 'fashion', 'painting'), n: 10, recs: ['R01', 'R07'] },
  { cc: 'TH', name: 'Creative Economy Mapping Survey', kind: 'research', green: false, start: 2023, end: 2024, budget: 150_000, runner: 'Lanna Institute of Heritage Studies', targets: isRole('association'), n: 4, recs: ['R01', 'R02'] },
  // Viet Nam: digital and contemporary; no training in the traditional domains
  { cc: 'VN', name: 'Game Art and Animation Scholarships', kind: 'training', green: false, start: 2020, budget: 400_000, runner: 'Saigon School of Animation and Games', targets: isRole('games', 'film'), n: 8, recs: ['R08'] },
  { cc: 'VN', name: 'Livestream Selling Skills for Creators', kind: 'training', green: false, start: 2022, budget: 350_000, runner: [(a) => a.role === 'platform'], targets: isRole('fashion', 'design', 'books', 'podcast', 'painting'), n: 10, recs: ['R04', 'R08'] },
  { cc: 'VN', name: 'Fashion Design Incubation Cohort', kind: 'training', green: false, start: 2021, end: 2024, budget: 220_000, runner: 'Hanoi Institute of Fashion Design', targets: isRole('fashion'), n: 5, recs: ['R08', 'R07'] },
  { cc: 'VN', name: 'Saigon Creative Hub Network', kind: 'infrastructure', green: false, start: 2019, budget: 2_400_000, runner: 'Ho Chi Minh City Creative Economy Office', targets: and(notGov, inProv('VN-SG')), n: 8, recs: ['R05'] },
  { cc: 'VN', name: 'Hoi An Craft Village Digital Access Points', kind: 'infrastructure', green: false, start: 2021, budget: 600_000, runner: 'Hoi An Craft and Creative City Office', targets: and(notGov, inProv('VN-27')), n: 6, recs: ['R05', 'R04'] },
  { cc: 'VN', name: 'Hue Heritage Digital Interpretation Centre', kind: 'infrastructure', green: false, start: 2020, end: 2024, budget: 1_300_000, runner: 'Hue Heritage Tourism Board', targets: and(notGov, inProv('VN-26')), n: 4, recs: ['R05', 'R12'] },
  { cc: 'VN', name: 'Green Creative Start-ups Fund', kind: 'investment', green: true, start: 2022, budget: 2_000_000, runner: [(a) => a.kind === 'Investor'], targets: isRole('games', 'fashion', 'design', 'weaving'), n: 6, recs: ['R11', 'R06'] },
  { cc: 'VN', name: 'Viet Handmade Online Brand Mark', kind: 'branding', green: false, start: 2021, budget: 500_000, runner: 'Viet Nam E-commerce and Digital Trade Agency', targets: craftRoles, n: 10, recs: ['R04', 'R09'] },
  { cc: 'VN', name: 'Craft Village Export Accelerator', kind: 'export', green: false, start: 2020, end: 2025, budget: 900_000, runner: 'Viet Nam E-commerce and Digital Trade Agency', targets: craftRoles, n: 8, recs: ['R09'] },
  { cc: 'VN', name: 'Hanoi-Bangkok Creative Cities Exchange', kind: 'cooperation', green: false, start: 2022, budget: 250_000, runner: 'Viet Nam Directorate for Cultural Industries', targets: isRole('design', 'fashion', 'hub'), n: 4, recs: ['R10'], alsoIn: ['TH'] },
  { cc: 'VN', name: 'Korea-Viet Nam Content Co-production Fund', kind: 'cooperation', green: false, start: 2021, budget: 1_500_000, runner: 'Korea-Viet Nam Content Co-production Desk', targets: isRole('film', 'games'), n: 6, recs: ['R10'] },
  { cc: 'VN', name: 'Saigon Animation and Games Showcase', kind: 'event', green: false, start: 2019, runner: [(a) => a.role === 'hub' && a.province === 'VN-SG', isRole('hub', 'association')], targets: isRole('games', 'film'), n: 6, recs: ['R01'] },
  { cc: 'VN', name: 'Digital Creative Economy Index', kind: 'research', green: false, start: 2023, budget: 120_000, runner: 'Hanoi Academy of Digital Arts', targets: isRole('association'), n: 3, recs: ['R01', 'R02'] },
  // Cambodia: heritage tourism around Angkor; a single infrastructure programme
  { cc: 'KH', name: 'Angkor Artisans Skills Programme', kind: 'training', green: false, start: 2017, budget: 380_000, runner: [(a) => a.kind === 'NGO'], targets: and(craftRoles, inProv('KH-17')), n: 8, recs: ['R08', 'R12'] },
  { cc: 'KH', name: 'Youth Classical Dance and Shadow Theatre Training', kind: 'training', green: false, start: 2016, budget: 150_000, runner: [(a) => a.kind === 'NGO' && a.sectors.includes('fcs-b-performing-arts'), isKind('NGO')], targets: isRole('performing', 'music'), n: 4, recs: ['R08'] },
  { cc: 'KH', name: 'Heritage Guides Certification', kind: 'training', green: false, start: 2019, budget: 120_000, runner: 'Cambodian Heritage Tourism Development Office', targets: isRole('heritageTour'), n: 6, recs: ['R12', 'R08'] },
  { cc: 'KH', name: 'Siem Reap Crafts Market Hall', kind: 'infrastructure', green: false, start: 2021, budget: 1_200_000, runner: 'Siem Reap Provincial Culture and Tourism Office', targets: and(notGov, inProv('KH-17')), n: 6, recs: ['R05'] },
  { cc: 'KH', name: 'Angkor Handmade Origin Mark', kind: 'branding', green: false, start: 2020, budget: 200_000, runner: 'Siem Reap Provincial Culture and Tourism Office', targets: and(isKind('CreativeProducer'), anchoredAt('whc-668')), n: 8, recs: ['R12', 'R09'] },
  { cc: 'KH', name: 'Angkor Conservation Partnership', kind: 'cooperation', green: false, start: 2015, budget: 2_500_000, runner: 'Franco-Khmer Conservation Cooperation Office', targets: isRole('conservation', 'heritageTour', 'museum'), n: 5, recs: ['R10', 'R12'] },
  { cc: 'KH', name: 'Community Silk Green Livelihoods Fund', kind: 'investment', green: true, start: 2021, budget: 600_000, runner: [(a) => a.kind === 'NGO' && a.sectors.includes('fcs-c-crafts'), isKind('NGO')], targets: or(isRole('weaving'), isKind('Community')), n: 6, recs: ['R11', 'R06'] },
  { cc: 'KH', name: 'Cambodian Silk Export Pilot', kind: 'export', green: false, start: 2022, budget: 300_000, runner: 'Cambodian Trade and E-commerce Registry', targets: isRole('weaving', 'fashion'), n: 5, recs: ['R09'] },
  { cc: 'KH', name: 'Battambang Food and Arts Festival', kind: 'event', green: false, start: 2018, runner: 'Battambang Creative City Secretariat', targets: and(notGov, inProv('KH-2')), n: 6, recs: ['R12'] },
  // Lao PDR: few, small programmes; no infrastructure, no investment
  { cc: 'LA', name: 'Natural Dye Weaving Workshops', kind: 'training', green: true, start: 2019, budget: 90_000, runner: [(a) => a.kind === 'NGO'], targets: isRole('weaving'), n: 5, recs: ['R08', 'R06'] },
  { cc: 'LA', name: 'Luang Prabang Heritage Handicraft Label', kind: 'branding', green: false, start: 2020, budget: 60_000, runner: 'Luang Prabang Heritage Office', targets: and(isKind('CreativeProducer'), inProv('LA-LP')), n: 5, recs: ['R12', 'R09'] },
  { cc: 'LA', name: 'Lao Textile Heritage Partnership', kind: 'cooperation', green: false, start: 2018, budget: 250_000, runner: 'Japan-Lao Textile Heritage Cooperation Office', targets: isRole('weaving', 'museum'), n: 4, recs: ['R10'] },
  { cc: 'LA', name: 'Vientiane Handicraft and Textile Fair', kind: 'event', green: false, start: 2017, runner: [(a) => a.role === 'association'], targets: isKind('CreativeProducer'), n: 6, recs: ['R09'] },
  // Myanmar: run by NGOs and partners; government runs none
  { cc: 'MM', name: 'Bagan Lacquer Apprenticeships', kind: 'training', green: false, start: 2018, budget: 80_000, runner: [(a) => a.kind === 'NGO'], targets: isRole('woodcraft'), n: 5, recs: ['R08'] },
  { cc: 'MM', name: 'Mandalay Puppetry Revival', kind: 'cooperation', green: false, start: 2019, budget: 120_000, runner: 'Australia-Myanmar Arts Exchange Desk', targets: isRole('performing', 'music'), n: 3, recs: ['R10'] },
  { cc: 'MM', name: 'Yangon Photo and Arts Week', kind: 'event', green: false, start: 2017, runner: [(a) => a.role === 'gallery'], targets: isRole('painting', 'photo'), n: 4, recs: ['R01'] },
  { cc: 'MM', name: 'Myanmar Craft Inventory', kind: 'research', green: false, start: 2023, budget: 40_000, runner: [(a) => a.kind === 'NGO'], targets: craftRoles, n: 6, recs: ['R01', 'R02'] }
]
{
  const rng = new Rng('initiatives')
  for (const def of INITIATIVES) {
    const id = nextId('i', def.cc, 3)
    addNode(id, ['Initiative'], { name: def.name, kind: def.kind, green: def.green, startYear: def.start, endYear: def.end, budgetUsd: def.budget })
    const local = byCountry(def.cc)
    const runner = typeof def.runner === 'string'
      ? need(local.find((a) => a.name === def.runner), `runner ${def.runner}`)
      : rng.pick(need(def.runner.map((sel) => local.filter(sel)).find((c) => c.length > 0), `runner for ${def.name}`))
    link(runner.id, 'RUNS', id)
    let targets = rng.sample(local.filter((a) => a.id !== runner.id && def.targets(a)), def.n)
    for (const cc of def.alsoIn ?? []) targets = targets.concat(rng.sample(byCountry(cc).filter((a) => !a.quarantined && def.targets(a)), Math.ceil(def.n / 2)))
    const share = def.budget !== undefined && targets.length > 0 ? Math.floor((def.budget * 0.6) / targets.length / 100) * 100 : undefined
    for (const t of targets) link(id, 'SUPPORTS', t.id, share !== undefined && rng.chance(0.7) ? { amountUsd: share } : {})
    def.recs.forEach((rec, i) => link(id, 'ADDRESSES', rec, i === 0 ? {} : { inferred: true }))
  }
}

// ---------------------------------------------------------------- write

function lineList (items: unknown[]): string {
  return items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')
}

const description = 'CCI Atlas sample ecosystem: INVENTED stakeholders, products, destinations, regulations and initiatives for the five Mekong countries, ' +
  'generated by data/sample/generate.ts (deterministic). Every node and link carries sample: true; names and websites (example.org) are fictitious, ' +
  'places are real. Each country follows a profile with deliberate gaps (see data/sample/README.md).'
const text = `{\n  "description": ${JSON.stringify(description)},\n  "nodes": [\n${lineList(nodes)}\n  ],\n  "links": [\n${lineList(links)}\n  ]\n}\n`
writeFileSync(outFile, text)

// ---------------------------------------------------------------- summary

const countBy = <T>(items: T[], key: (x: T) => string): Map<string, number> => {
  const m = new Map<string, number>()
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return new Map([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
console.log(`wrote ${outFile}: ${nodes.length} nodes, ${links.length} links, ${(text.length / 1024).toFixed(0)} KiB`)
console.log('nodes by label/kind:', Object.fromEntries(countBy(nodes, (n) => n.labels.join(':'))))
console.log('links by type:', Object.fromEntries(countBy(links, (l) => l.type)))
console.log('stakeholders by country:', Object.fromEntries(countBy(actors, (a) => a.cc)))
