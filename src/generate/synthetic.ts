// Synthetic ecosystems at scale (issue 7, item 1): a pure, deterministic generator of partner
// sync records (stakeholders, destinations, products, regulations, initiatives, links) for
// `npm run generate`.
//
// - Deterministic: one mulberry32 stream per concern, seeded from (seed, concern); the output
//   depends only on (stakeholders, seed, reference) and never on the batch size. Regulations and
//   initiatives draw from streams of their own, so the other records of a seed are unchanged by them.
// - Geography: each country's actors cluster around a few heavy provinces (Zipf weights) and
//   around heritage sites and creative cities, with Gaussian scatter.
// - Heavy tails: PARTNERS_WITH, SUPPLIES, INVESTS_IN and PRODUCES pick their targets by
//   preferential attachment (Barabási–Albert: a node is drawn with probability ∝ 1 + degree),
//   MEMBER_OF goes into a few hub associations, also preferentially; so do ISSUED_BY (a few
//   ministries issue most regulations), RUNS and SUPPORTS (programmes go to the same actors again).
// - Policy: ≈ 1.5·√(actors of a country) national regulations per country (3..60: a few dozen),
//   issued by its government bodies, applying to it, covering the sectors of their topics, some
//   addressing the brief's recommendations; a few regional frameworks and bilateral agreements
//   applying to several countries; one initiative per ≈ 40 actors, run by a body of the kind its
//   programme needs (sometimes co-run by an investor or international partner), supporting a
//   heavy-tailed number of beneficiaries (infrastructure in the runner's province, cooperation
//   partly across the border), addressing recommendations.
// - About 10 relationships per stakeholder: LOCATED_IN + WORKS_IN + ACTIVE_IN (managed by the
//   stakeholder records, ≈ 4.3) + links (≈ 5.7) + the policy layer (≈ 1), see RATES.
//
// Relationship types written: LOCATED_IN, WORKS_IN, ACTIVE_IN (stakeholder/destination fields),
// IN_SECTOR (product `sectors`), APPLIES_TO, COVERS (regulation `countries`, `sectors`),
// PRODUCES, SUPPLIES, PARTNERS_WITH, MEMBER_OF, ACTIVE_AT, INVESTS_IN, TRAINS_IN, ISSUED_BY,
// ADDRESSES, RUNS, SUPPORTS (link records): every type of the model's triple table but IN and
// BROADER, which are reference-only by nature (NOT_GENERATED).
import type { Place, Site, SyntheticReference } from './reference.js'
import { SeededRandom } from '../random.js'

export type SyntheticKind = 'stakeholders' | 'destinations' | 'products' | 'regulations' | 'initiatives' | 'links'
export interface SyntheticBatch { kind: SyntheticKind, records: Record<string, unknown>[] }
export interface SyntheticOptions { stakeholders: number, seed: number, batchSize?: number }

export const SYNTHETIC_LINK_TYPES = [
  'PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'INVESTS_IN', 'TRAINS_IN', 'ISSUED_BY', 'ADDRESSES', 'RUNS', 'SUPPORTS'
] as const
export const SYNTHETIC_MANAGED_TYPES = ['LOCATED_IN', 'WORKS_IN', 'ACTIVE_IN', 'IN_SECTOR', 'APPLIES_TO', 'COVERS'] as const
export const SYNTHETIC_TYPES = [...SYNTHETIC_MANAGED_TYPES, ...SYNTHETIC_LINK_TYPES] as const
/** Allowed relationship types the generator does not write, and why. */
export const NOT_GENERATED = {
  IN: 'Province -> Country, reference data only',
  BROADER: 'the sector tree, reference data only'
} as const

/** The generator's rates, exported so tests can derive their expected ranges. */
export const RATES = {
  partnersPerActor: 2, // BA m
  crossBorder: 0.15,
  crossBorderInternational: 0.6,
  extraSupplyChance: 0.5, // SUPPLIES per non-consumption actor: 1 + chance
  memberChance: 0.5,
  destinationsPerActor: 1 / 25,
  hubsPerActor: 1 / 400,
  siteAnchorChance: 0.35,
  coProduceChance: 0.3,
  regulationsPerSqrtActor: 1.5, // national regulations per country ≈ 1.5·√(its actors), within [3, 60]
  regionalPerNational: 1 / 25, // regional frameworks and bilateral agreements, within [2, 8]
  regulationAddressesChance: 0.55,
  actorsPerInitiative: 40,
  coRunChance: 0.3,
  beneficiariesLogMean: 1.5, // SUPPORTS per initiative: lognormal, median ≈ e^1.5 ≈ 4.5, at most 60
  crossBorderBeneficiary: 0.4 // cooperation programmes: share of beneficiaries abroad
} as const

const COUNTRY_WEIGHTS: [string, number][] = [['TH', 0.28], ['VN', 0.3], ['KH', 0.16], ['LA', 0.12], ['MM', 0.14]]
const KIND_WEIGHTS: [Kind, number][] = [
  ['CreativeProducer', 0.36], ['TourismOperator', 0.2], ['Community', 0.1], ['CCIOrganisation', 0.08],
  ['EducationProvider', 0.05], ['NGO', 0.05], ['Government', 0.05], ['Investor', 0.05], ['InternationalPartner', 0.06]
]
type Kind = 'Government' | 'CCIOrganisation' | 'CreativeProducer' | 'TourismOperator' | 'EducationProvider' |
  'Investor' | 'NGO' | 'InternationalPartner' | 'Community'

// ---------------------------------------------------------------- deterministic randomness

/** One independent stream per concern of a seed. */
export class Rng extends SeededRandom {
  constructor (seed: number, stream: string) { super(`cci-atlas-synthetic-v1:${seed}:${stream}`) }
}

/** Preferential attachment: every node is in `urn` once, plus once per link it received. */
class Urn {
  readonly items: number[] = []
  add (i: number) { this.items.push(i) }
  draw (rng: Rng): number | undefined { return this.items.length === 0 ? undefined : rng.pick(this.items) }
}

// ---------------------------------------------------------------- word lists

const LOCALITY: Record<string, { prefix: string, syl: string[] }> = {
  KH: { prefix: 'Phum', syl: ['Kam', 'pong', 'Sre', 'Prek', 'Chroy', 'Ta', 'Svay', 'Kok', 'Roka', 'Thma', 'Trapeang', 'Chong', 'Kneas', 'Por'] },
  LA: { prefix: 'Ban', syl: ['Na', 'Xang', 'Phon', 'Nong', 'Houay', 'Don', 'Khong', 'Pak', 'Vang', 'Sene', 'Muang', 'Thong'] },
  MM: { prefix: 'Ywa', syl: ['Thit', 'Kyauk', 'Myin', 'Taung', 'Nyaung', 'Sin', 'Pyin', 'Yin', 'Kan', 'Ma', 'Oo', 'Shwe'] },
  TH: { prefix: 'Ban', syl: ['Nong', 'Khok', 'Don', 'Mae', 'Huai', 'Sai', 'Thung', 'Khao', 'Pa', 'Na', 'Bo', 'Wang'] },
  VN: { prefix: 'Lang', syl: ['Phu', 'Dong', 'Van', 'Thanh', 'Bat', 'Trang', 'Ha', 'Kim', 'Son', 'My', 'An', 'Binh'] }
}
const CRAFTS = ['Silk', 'Rattan', 'Lacquer', 'Pottery', 'Silver', 'Indigo', 'Bamboo', 'Woodcarving', 'Shadow Puppet', 'Ceramics', 'Brocade', 'Paper', 'Stone Carving', 'Basketry', 'Ikat']
const MEDIA: Record<string, string[]> = {
  'fcs-f-fashion': ['Fashion', 'Couture', 'Textile Design'],
  'fcs-c-fine-arts': ['Art', 'Painters', 'Sculpture'],
  'fcs-b-music': ['Music', 'Sound', 'Records'],
  'fcs-e-film-video': ['Film', 'Animation', 'Pictures'],
  'fcs-f-graphic-design': ['Design', 'Graphics', 'Print'],
  'fcs-e-video-games': ['Games', 'Interactive', 'Pixel'],
  'fcs-c-photography': ['Photo', 'Lens', 'Camera']
}
const MAKER_ORG = ['Workshop', 'Studio', 'Collective', 'Atelier', 'Weavers', 'Makers', 'House', 'Lab', 'Works', 'Co-op']
const TOUR_ADJ = ['Riverside', 'Heritage', 'Lotus', 'Green', 'Mekong', 'Old Town', 'Sunrise', 'Jungle', 'Temple', 'Village', 'Monsoon', 'Paddy']
const TOUR_ORG = ['Tours', 'Travel', 'Boats', 'Homestay', 'Journeys', 'Cycling', 'Lodge', 'Expeditions', 'Trails', 'Guides']
const GOV_UNITS = ['Department of Culture and Fine Arts', 'Department of Tourism', 'Office of Handicraft Promotion', 'Department of Information and Culture', 'Cultural Heritage Office', 'Creative Economy Unit']
const INVEST_WORDS = ['Lotus', 'Naga', 'Golden', 'Jade', 'Monsoon', 'Delta', 'Sapphire', 'Teak', 'Orchid', 'Harbour', 'Lantern', 'Crane']
const INVEST_ORG = ['Capital', 'Ventures', 'Impact Fund', 'Partners', 'Microfinance', 'Angel Network', 'Growth Fund']
const NGO_WORDS = ['Living Heritage', 'Craft Futures', 'Fair Weave', 'Arts for All', 'River Cultures', 'Green Makers', 'Community Arts', 'Heritage Watch']
const NGO_ORG = ['Trust', 'Foundation', 'Alliance', 'Network', 'Initiative', 'Society']
const INTL_ORIGIN = ['Nordic', 'Japanese', 'Korean', 'French', 'German', 'Australian', 'Swiss', 'Dutch', 'Canadian', 'Indian', 'New Zealand', 'British']
const INTL_ORG = ['Culture Fund', 'Cooperation Agency', 'Design Council', 'Cultural Institute', 'Heritage Programme', 'Creative Exchange']
const EDU_ORG = ['College of Fine Arts', 'Vocational Training Centre', 'School of Design', 'Academy of Music', 'University of Culture', 'Craft Skills Centre', 'Film School']
const CCI_ORG = ['Creative Hub', 'Craft Association', 'Design Week', "Artists' Association", 'Film Society', 'Gallery', 'Makers Network', 'Music Council']
const COMMUNITY_ORG = ['Weaving Group', 'Craft Community', 'Homestay Group', 'Heritage Keepers', 'Performing Troupe', "Women's Craft Group"]
const PRODUCT_ITEMS: [string, string[]][] = [
  ['fcs-c-crafts', ['scarf', 'basket', 'bowl', 'vase', 'bracelet', 'tote bag', 'lamp', 'tea set', 'wall hanging', 'cushion cover']],
  ['fcs-f-fashion', ['dress', 'shirt', 'sarong', 'jacket', 'handbag']],
  ['fcs-c-fine-arts', ['painting', 'print', 'sculpture']],
  ['fcs-b-music', ['album', 'live set', 'instrument']],
  ['fcs-e-film-video', ['short film', 'documentary', 'animated series']],
  ['fcs-g-travel-services', ['village tour', 'craft workshop experience', 'river cruise', 'heritage walk', 'cooking class']],
  ['fcs-f-graphic-design', ['poster series', 'brand identity', 'illustrated map']],
  ['fcs-t-ich', ['ritual performance', 'shadow play', 'festival costume']]
]
const MATERIALS = ['Natural-dye', 'Handwoven', 'Recycled', 'Hand-carved', 'Organic cotton', 'Lacquered', 'Upcycled', 'Hand-painted', 'Indigo', 'Bamboo', 'Silver-inlay', 'Clay']
const CERTS = ['OTOP 5-star', 'ASEAN Handicraft Promotion Award', 'Fair Trade', 'GI label', 'UNESCO Award of Excellence']

const DEST_KINDS: [string, number][] = [['craft_village', 0.3], ['market', 0.25], ['museum', 0.1], ['cultural_venue', 0.15], ['festival', 0.1], ['ecotourism', 0.1]]

interface KindProfile { sectors: string[], stages: string[], nameOf: (rng: Rng, place: string, country: string, sectors: string[]) => string }
const KIND_PROFILES: Record<Kind, KindProfile> = {
  CreativeProducer: {
    sectors: ['fcs-c-crafts', 'fcs-c-crafts', 'fcs-c-crafts', 'fcs-f-fashion', 'fcs-c-fine-arts', 'fcs-b-music', 'fcs-e-film-video', 'fcs-f-graphic-design', 'fcs-e-video-games', 'fcs-c-photography'],
    stages: ['stage-creation', 'stage-production'],
    nameOf: (rng, place, _country, sectors) => `${place} ${rng.pick(MEDIA[sectors[0]!] ?? CRAFTS)} ${rng.pick(MAKER_ORG)}`
  },
  TourismOperator: {
    sectors: ['fcs-g-travel-services', 'fcs-g-travel-services', 'fcs-g-hospitality', 'fcs-h-recreation'],
    stages: ['stage-consumption', 'stage-exhibition'],
    nameOf: (rng, place) => `${place} ${rng.pick(TOUR_ADJ)} ${rng.pick(TOUR_ORG)}`
  },
  Community: {
    sectors: ['fcs-t-ich', 'fcs-c-crafts', 'fcs-b-festivals', 'fcs-g-hospitality'],
    stages: ['stage-creation', 'stage-production', 'stage-exhibition'],
    nameOf: (rng, place) => `${place} ${rng.pick(COMMUNITY_ORG)}`
  },
  CCIOrganisation: {
    sectors: ['fcs-c-crafts', 'fcs-f-graphic-design', 'fcs-b-performing-arts', 'fcs-e-film-video', 'fcs-c-fine-arts', 'fcs-b-music'],
    stages: ['stage-dissemination', 'stage-exhibition'],
    nameOf: (rng, place) => `${place} ${rng.pick(CCI_ORG)}`
  },
  EducationProvider: {
    sectors: ['fcs-t-education', 'fcs-c-crafts', 'fcs-f-fashion', 'fcs-b-music', 'fcs-e-film-video', 'fcs-f-architecture'],
    stages: ['stage-creation'],
    nameOf: (rng, place) => `${place} ${rng.pick(EDU_ORG)}`
  },
  NGO: {
    sectors: ['fcs-t-ich', 'fcs-a-cultural-landscapes', 'fcs-c-crafts', 'fcs-a-museums'],
    stages: ['stage-production', 'stage-dissemination'],
    nameOf: (rng, place) => `${rng.pick(NGO_WORDS)} ${rng.pick(NGO_ORG)} ${place}`
  },
  Government: {
    sectors: ['fcs-a', 'fcs-g', 'fcs-c', 'fcs-t'],
    stages: ['stage-dissemination', 'stage-exhibition'],
    nameOf: (rng, place) => `${place} ${rng.pick(GOV_UNITS)}`
  },
  Investor: {
    sectors: ['fcs-c-crafts', 'fcs-g-hospitality', 'fcs-e-video-games', 'fcs-f-fashion', 'fcs-e-film-video'],
    stages: ['stage-production'],
    nameOf: (rng) => `${rng.pick(INVEST_WORDS)} ${rng.pick(INVEST_WORDS)} ${rng.pick(INVEST_ORG)}`
  },
  InternationalPartner: {
    sectors: ['fcs-a', 'fcs-c', 'fcs-f', 'fcs-t-education'],
    stages: ['stage-dissemination'],
    nameOf: (rng, _place, country) => `${rng.pick(INTL_ORIGIN)} ${rng.pick(INTL_ORG)} ${COUNTRY_NAMES[country]} Office`
  }
}
const COUNTRY_NAMES: Record<string, string> = { KH: 'Cambodia', LA: 'Lao PDR', MM: 'Myanmar', TH: 'Thailand', VN: 'Viet Nam' }
const STAGE_ORDER: Record<string, number> = { 'stage-creation': 1, 'stage-production': 2, 'stage-dissemination': 3, 'stage-exhibition': 4, 'stage-consumption': 5 }
const STAGE_BY_ORDER = ['', 'stage-creation', 'stage-production', 'stage-dissemination', 'stage-exhibition', 'stage-consumption']

// ---------------------------------------------------------------- the model

interface Actor { ext: string, kind: Kind, country: string, province: string, stage: number, sectors: string[], international: boolean }
interface Dest { ext: string, province: string, country: string }

const round5 = (x: number) => Math.round(x * 1e5) / 1e5
const pad = (i: number) => String(i).padStart(6, '0')

function locality (rng: Rng, country: string): string {
  const l = LOCALITY[country]!
  return `${l.prefix} ${rng.pick(l.syl)}${rng.pick(l.syl).toLowerCase()}`
}

class Geography {
  readonly provincesOf = new Map<string, Place[]>()
  readonly provinceWeights = new Map<string, [Place, number][]>()
  readonly sitesOf = new Map<string, Site[]>()
  readonly byId = new Map<string, Place>()
  constructor (ref: SyntheticReference, seed: number) {
    const rng = new Rng(seed, 'geography')
    for (const p of ref.provinces) {
      this.byId.set(p.id, p)
      this.provincesOf.set(p.country, [...(this.provincesOf.get(p.country) ?? []), p])
    }
    for (const [c, list] of this.provincesOf) {
      // Zipf weights over a seeded order: a few provinces get most actors.
      this.provinceWeights.set(c, rng.sample(list, list.length).map((p, r) => [p, 1 / (r + 1)]))
    }
    for (const s of ref.sites) this.sitesOf.set(s.country, [...(this.sitesOf.get(s.country) ?? []), s])
  }

  /** A clustered spot: near a heritage site / creative city, or around a (heavy) province centre. */
  spot (rng: Rng, country: string): { province: string, latitude: number, longitude: number } {
    const sites = this.sitesOf.get(country) ?? []
    if (sites.length > 0 && rng.chance(RATES.siteAnchorChance)) {
      const s = rng.pick(sites)
      return { province: rng.pick(s.provinces), latitude: round5(s.latitude + rng.gauss() * 0.04), longitude: round5(s.longitude + rng.gauss() * 0.04) }
    }
    const p = rng.weighted(this.provinceWeights.get(country)!)
    const spread = rng.chance(0.7) ? 0.05 : 0.25
    return { province: p.id, latitude: round5(p.latitude + rng.gauss() * spread), longitude: round5(p.longitude + rng.gauss() * spread) }
  }
}

interface Model {
  stakeholders: Record<string, unknown>[]
  destinations: Record<string, unknown>[]
  products: Record<string, unknown>[]
  actors: Actor[]
  dests: Dest[]
  productOwner: number[]
  productsByOwner: Map<number, number[]>
}

function buildNodes (options: SyntheticOptions, ref: SyntheticReference): Model & { geo: Geography } {
  const { seed } = options
  const n = options.stakeholders
  const geo = new Geography(ref, seed)
  const kindRng = new Rng(seed, 'kinds')
  const placeRng = new Rng(seed, 'places')
  const nameRng = new Rng(seed, 'names')
  const attrRng = new Rng(seed, 'attributes')
  const stageIds = new Set(ref.stages.map((s) => s.id))
  const sectorIds = new Set(ref.sectors.map((s) => s.id))

  const actors: Actor[] = []
  const stakeholders: Record<string, unknown>[] = []
  for (let i = 0; i < n; i++) {
    const kind = kindRng.weighted(KIND_WEIGHTS)
    const country = kindRng.weighted(COUNTRY_WEIGHTS)
    const where = geo.spot(placeRng, country)
    const profile = KIND_PROFILES[kind]
    const sectors = attrRng.sample(profile.sectors.filter((s, k, a) => a.indexOf(s) === k && sectorIds.has(s)), attrRng.weighted([[1, 0.4], [2, 0.4], [3, 0.2]] as const))
    const provinceName = geo.byId.get(where.province)!.name
    const place = nameRng.chance(0.55) ? provinceName : locality(nameRng, country)
    const name = profile.nameOf(nameRng, place, country, sectors)
    const stages = attrRng.sample(profile.stages.filter((s) => stageIds.has(s)), attrRng.chance(0.5) ? 2 : 1).sort((a, b) => STAGE_ORDER[a]! - STAGE_ORDER[b]!)
    const international = kind === 'InternationalPartner'
    const ext = `S${pad(i)}`
    actors.push({ ext, kind, country, province: where.province, stage: STAGE_ORDER[stages[0]!]!, sectors, international })
    const size = kind === 'Government' || kind === 'InternationalPartner' ? attrRng.pick(['medium', 'large'] as const) : attrRng.weighted([['micro', 0.5], ['small', 0.3], ['medium', 0.15], ['large', 0.05]] as const)
    const record: Record<string, unknown> = {
      externalId: ext,
      kind,
      name,
      location: { latitude: where.latitude, longitude: where.longitude },
      founded: attrRng.int(kind === 'Government' ? 1950 : 1985, 2024),
      size,
      ...(international ? { country } : { province: where.province }),
      sectors,
      stages,
      tags: ['synthetic', ...(attrRng.chance(0.25) ? ['green'] : []), ...(attrRng.chance(0.2) ? ['digital'] : []), ...(attrRng.chance(0.15) ? ['women-led'] : [])]
    }
    stakeholders.push(record)
  }

  const destRng = new Rng(seed, 'destinations')
  const dests: Dest[] = []
  const destinations: Record<string, unknown>[] = []
  const nd = Math.max(10, Math.round(n * RATES.destinationsPerActor))
  for (let j = 0; j < nd; j++) {
    const country = destRng.weighted(COUNTRY_WEIGHTS)
    const where = geo.spot(destRng, country)
    const kind = destRng.weighted(DEST_KINDS)
    const pname = geo.byId.get(where.province)!.name
    const loc = locality(destRng, country)
    const name = kind === 'craft_village' ? `${loc} ${destRng.pick(CRAFTS)} Village`
      : kind === 'market' ? `${pname} ${destRng.pick(['Night', 'Floating', 'Craft', 'Weekend', 'Morning', 'Riverside'])} Market`
        : kind === 'museum' ? `${pname} Museum of ${destRng.pick(['Textiles', 'Ceramics', 'Puppetry', 'Modern Art', 'Folk Life', 'Photography'])}`
          : kind === 'cultural_venue' ? `${destRng.chance(0.5) ? pname : loc} ${destRng.pick(['Arts Centre', 'Theatre', 'Gallery', 'Cultural House', 'Craft Hall'])}`
            : kind === 'festival' ? `${pname} ${destRng.pick(['Lantern', 'Water', 'Harvest', 'Boat Racing', 'Silk', 'Kite'])} Festival`
              : `${loc} ${destRng.pick(['Mangrove', 'Forest', 'Waterfall', 'River', 'Cave'])} Eco Trail`
    const ext = `D${pad(j)}`
    dests.push({ ext, province: where.province, country })
    destinations.push({ externalId: ext, name, kinds: [kind], location: { latitude: where.latitude, longitude: where.longitude }, province: where.province })
  }

  // Products belong to makers (CreativeProducer, Community, some CCIOrganisations), in their sector.
  const prodRng = new Rng(seed, 'products')
  const products: Record<string, unknown>[] = []
  const productOwner: number[] = []
  const productsByOwner = new Map<number, number[]>()
  const itemsBySector = new Map(PRODUCT_ITEMS)
  actors.forEach((a, i) => {
    const maker = a.kind === 'CreativeProducer' || a.kind === 'Community' || (a.kind === 'CCIOrganisation' && prodRng.chance(0.3)) || (a.kind === 'TourismOperator' && prodRng.chance(0.3))
    if (!maker) return
    const count = 1 + (prodRng.chance(0.3) ? 1 : 0)
    for (let c = 0; c < count; c++) {
      const sector = a.kind === 'TourismOperator' ? 'fcs-g-travel-services' : (a.sectors.find((s) => itemsBySector.has(s)) ?? 'fcs-c-crafts')
      const green = prodRng.chance(0.3)
      const k = products.length
      const certified = prodRng.chance(green ? 0.25 : 0.08) ? prodRng.pick(CERTS) : undefined
      products.push({
        externalId: `P${pad(k)}`,
        name: `${prodRng.pick(MATERIALS)} ${prodRng.pick(itemsBySector.get(sector)!)}`,
        green,
        ...(certified !== undefined ? { certified } : {}),
        sectors: [sector]
      })
      productOwner.push(i)
      productsByOwner.set(i, [...(productsByOwner.get(i) ?? []), k])
    }
  })
  return { geo, stakeholders, destinations, products, actors, dests, productOwner, productsByOwner }
}

const ROLES: Partial<Record<Kind, string[]>> = {
  TourismOperator: ['guides', 'operates'],
  CreativeProducer: ['sells', 'exhibits'],
  Community: ['manages', 'performs', 'sells'],
  CCIOrganisation: ['exhibits', 'performs'],
  Government: ['manages'],
  NGO: ['manages', 'exhibits']
}
const ACTIVE_AT_COUNT: Partial<Record<Kind, [number, number]>> = {
  TourismOperator: [1, 2], CreativeProducer: [0, 1], Community: [1, 1], CCIOrganisation: [0, 1], Government: [0, 1], NGO: [0, 1]
}

function * buildLinks (model: Model & { geo: Geography }, ref: SyntheticReference, seed: number): Generator<Record<string, unknown>> {
  const { actors, dests, productsByOwner } = model
  const seen = new Set<string>()
  const key = (from: string, type: string, to: string) => `${from}|${type}|${to}`
  const S = (i: number) => ({ externalId: actors[i]!.ext })

  const partnerRng = new Rng(seed, 'partners')
  const supplyRng = new Rng(seed, 'supplies')
  const memberRng = new Rng(seed, 'members')
  const atRng = new Rng(seed, 'active-at')
  const investRng = new Rng(seed, 'invests')
  const produceRng = new Rng(seed, 'produces')

  // Hubs: the first CCIOrganisations (and international partners for regional networks).
  const hubs: number[] = []
  const nHubs = Math.max(5, Math.round(actors.length * RATES.hubsPerActor))
  for (let i = 0; i < actors.length && hubs.length < nHubs; i++) if (actors[i]!.kind === 'CCIOrganisation') hubs.push(i)
  const isHub = new Set(hubs)
  const hubWeight = new Map(hubs.map((h) => [h, 1]))

  // Destinations by province and country: reference sites (by atlas id) and synthetic ones.
  const destBy = new Map<string, { ref: Record<string, string>, w: number }[]>()
  const addDest = (k: string, d: { ref: Record<string, string>, w: number }) => destBy.set(k, [...(destBy.get(k) ?? []), d])
  for (const s of ref.sites) {
    for (const p of s.provinces) addDest(p, { ref: { id: s.id }, w: 3 })
    addDest(s.country, { ref: { id: s.id }, w: 3 })
  }
  for (const d of dests) {
    addDest(d.province, { ref: { externalId: d.ext }, w: 1 })
    addDest(d.country, { ref: { externalId: d.ext }, w: 1 })
  }

  const all = new Urn()
  const byCountry = new Map<string, Urn>()
  const byStage = new Map<string, Urn>()
  const urn = <K>(m: Map<K, Urn>, k: K) => { let u = m.get(k); if (u === undefined) { u = new Urn(); m.set(k, u) } return u }
  const investable = new Urn()
  const productUrn = new Urn()
  model.productOwner.forEach((_, k) => productUrn.add(k))

  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!

    // PRODUCES: own products, sometimes a popular product of others too (co-production, resale).
    for (const k of productsByOwner.get(i) ?? []) {
      seen.add(key(a.ext, 'PRODUCES', `P${k}`))
      yield { from: S(i), type: 'PRODUCES', to: { externalId: `P${pad(k)}` } }
    }
    if ((productsByOwner.get(i) !== undefined || a.kind === 'TourismOperator') && produceRng.chance(RATES.coProduceChance)) {
      const k = productUrn.draw(produceRng)
      if (k !== undefined && !seen.has(key(a.ext, 'PRODUCES', `P${k}`))) {
        seen.add(key(a.ext, 'PRODUCES', `P${k}`))
        productUrn.add(k)
        yield { from: S(i), type: 'PRODUCES', to: { externalId: `P${pad(k)}` } }
      }
    }

    // PARTNERS_WITH: BA growth, mostly within the country, some cross-border.
    const cross = partnerRng.chance(a.international ? RATES.crossBorderInternational : RATES.crossBorder)
    for (let m = 0; m < RATES.partnersPerActor; m++) {
      let j: number | undefined
      for (let tries = 0; tries < 8; tries++) {
        j = cross ? all.draw(partnerRng) : urn(byCountry, a.country).draw(partnerRng) ?? all.draw(partnerRng)
        if (j === undefined) break
        if (j !== i && (!cross || actors[j]!.country !== a.country) && !seen.has(key(actors[j]!.ext, 'PARTNERS_WITH', a.ext)) && !seen.has(key(a.ext, 'PARTNERS_WITH', actors[j]!.ext))) break
        j = undefined
      }
      if (j === undefined) continue
      const b = actors[j]!
      seen.add(key(a.ext, 'PARTNERS_WITH', b.ext))
      all.add(j); urn(byCountry, b.country).add(j)
      all.add(i); urn(byCountry, a.country).add(i)
      yield { from: S(i), type: 'PARTNERS_WITH', to: S(j), properties: { since: partnerRng.int(2005, 2025), kind: b.country !== a.country ? 'cross-border' : partnerRng.pick(['cooperation', 'co-production', 'marketing', 'exchange']) } }
    }

    // SUPPLIES: along the culture cycle, to a later stage, preferentially to busy buyers.
    if (a.stage < 5) {
      const count = 1 + (supplyRng.chance(RATES.extraSupplyChance) ? 1 : 0)
      for (let c = 0; c < count; c++) {
        const stage = STAGE_BY_ORDER[Math.min(5, a.stage + (supplyRng.chance(0.7) ? 1 : 2))]!
        const j = supplyRng.chance(0.8) ? (urn(byStage, `${a.country}:${stage}`).draw(supplyRng) ?? urn(byStage, stage).draw(supplyRng)) : urn(byStage, stage).draw(supplyRng)
        if (j === undefined || j === i || seen.has(key(a.ext, 'SUPPLIES', actors[j]!.ext))) continue
        seen.add(key(a.ext, 'SUPPLIES', actors[j]!.ext))
        urn(byStage, `${actors[j]!.country}:${stage}`).add(j); urn(byStage, stage).add(j)
        yield { from: S(i), type: 'SUPPLIES', to: S(j), properties: { stage: STAGE_BY_ORDER[a.stage]!, since: supplyRng.int(2010, 2025) } }
      }
    }

    // MEMBER_OF: a few hub associations, preferentially, mostly in the same country.
    if (!isHub.has(i) && memberRng.chance(RATES.memberChance)) {
      const local = hubs.filter((h) => actors[h]!.country === a.country)
      const pool = local.length > 0 && memberRng.chance(0.75) ? local : hubs
      const h = memberRng.weighted(pool.map((x) => [x, hubWeight.get(x)!] as const))
      hubWeight.set(h, hubWeight.get(h)! + 1)
      seen.add(key(a.ext, 'MEMBER_OF', actors[h]!.ext))
      yield { from: S(i), type: 'MEMBER_OF', to: S(h), properties: { since: memberRng.int(2000, 2025) } }
    }

    // ACTIVE_AT: nearby destinations (same province, else same country), heritage sites weighted up.
    const range = ACTIVE_AT_COUNT[a.kind]
    if (range !== undefined) {
      const count = atRng.int(range[0], range[1])
      const pool = destBy.get(a.province) ?? destBy.get(a.country) ?? []
      for (let c = 0; c < count && pool.length > 0; c++) {
        const d = atRng.weighted(pool.map((p) => [p.ref, p.w] as const))
        const dk = key(a.ext, 'ACTIVE_AT', JSON.stringify(d))
        if (seen.has(dk)) continue
        seen.add(dk)
        yield { from: S(i), type: 'ACTIVE_AT', to: d, properties: { role: atRng.pick(ROLES[a.kind]!) } }
      }
    }

    // INVESTS_IN: investors back earlier, already-connected actors (preferential).
    if (a.kind === 'Investor') {
      const count = investRng.int(2, 8)
      for (let c = 0; c < count; c++) {
        const j = investable.draw(investRng)
        if (j === undefined || seen.has(key(a.ext, 'INVESTS_IN', actors[j]!.ext))) continue
        seen.add(key(a.ext, 'INVESTS_IN', actors[j]!.ext))
        investable.add(j)
        const green = investRng.chance(0.3)
        yield { from: S(i), type: 'INVESTS_IN', to: S(j), properties: { green, year: investRng.int(2012, 2025), amountUsd: Math.round(Math.exp(9 + investRng.gauss() * 1.2) / 100) * 100 } }
      }
    }

    // TRAINS_IN: education providers train in their sectors (by atlas id).
    if (a.kind === 'EducationProvider') {
      for (const s of a.sectors) yield { from: S(i), type: 'TRAINS_IN', to: { id: s } }
    }

    all.add(i); urn(byCountry, a.country).add(i); urn(byStage, `${a.country}:${STAGE_BY_ORDER[a.stage]}`).add(i); urn(byStage, STAGE_BY_ORDER[a.stage]!).add(i)
    if (a.kind !== 'Government' && a.kind !== 'Investor') investable.add(i)
  }
}

// ---------------------------------------------------------------- the policy layer

type IniKind = 'training' | 'investment' | 'infrastructure' | 'branding' | 'export' | 'cooperation' | 'research' | 'event'

const MEKONG = ['KH', 'LA', 'MM', 'TH', 'VN']
const TOPIC_WEIGHTS: [string, number][] = [
  ['culture', 0.18], ['tourism', 0.14], ['heritage', 0.12], ['ip', 0.08], ['digital', 0.08], ['green', 0.07], ['education', 0.07],
  ['trade', 0.07], ['investment', 0.07], ['infrastructure', 0.07], ['ecommerce', 0.05]
]
const TOPIC_PHRASES: Record<string, string[]> = {
  ip: ['Copyright and Related Rights', 'Intellectual Property', 'Geographical Indications', 'Collective Management of Copyright'],
  digital: ['Digital Content', 'the Digital Creative Economy', 'Online Platforms and Creators'],
  ecommerce: ['Electronic Commerce', 'Online Sales of Handicrafts', 'Livestream Commerce'],
  tourism: ['Tourism', 'Community-based Tourism', 'Creative Tourism', 'Homestay Standards'],
  culture: ['Culture and Fine Arts', 'Cultural Industries', 'the Performing Arts', 'Film and Cinema'],
  heritage: ['Cultural Heritage', 'Intangible Cultural Heritage', 'Heritage Site Management', 'Museums'],
  green: ['Green Growth', 'Sustainable Tourism', 'Eco-labelling of Handicrafts', 'Plastic-free Destinations'],
  education: ['Arts Education', 'Vocational Training in Creative Skills', 'Craft Apprenticeships'],
  trade: ['Handicraft Export Promotion', 'Trade in Cultural Goods', 'Trade Fairs'],
  investment: ['Creative Industries Investment', 'SME Finance for Creative Enterprises', 'Investment Incentives'],
  infrastructure: ['Cultural Infrastructure', 'Tourism Infrastructure', 'Rural Broadband']
}
const TOPIC_SECTORS: Record<string, string[]> = {
  ip: ['fcs-c', 'fcs-d', 'fcs-e', 'fcs-f', 'fcs-b-music', 'fcs-e-film-video'],
  digital: ['fcs-e', 'fcs-e-video-games', 'fcs-f-graphic-design', 'fcs-e-podcasting'],
  ecommerce: ['fcs-c-crafts', 'fcs-f-fashion', 'fcs-d-books'],
  tourism: ['fcs-g', 'fcs-g-travel-services', 'fcs-g-hospitality'],
  culture: ['fcs-b', 'fcs-c', 'fcs-b-performing-arts', 'fcs-c-fine-arts'],
  heritage: ['fcs-a', 'fcs-a-museums', 'fcs-a-archaeological-sites', 'fcs-t-ich'],
  green: ['fcs-c-crafts', 'fcs-g', 'fcs-a-natural-heritage'],
  education: ['fcs-t-education', 'fcs-t'],
  trade: ['fcs-c-crafts', 'fcs-f-fashion', 'fcs-c'],
  investment: ['fcs-e', 'fcs-f', 'fcs-c'],
  infrastructure: ['fcs-g', 'fcs-a-museums', 'fcs-t-equipment']
}
const TOPIC_RECS: Record<string, string[]> = {
  ip: ['R04'], digital: ['R04', 'R05'], ecommerce: ['R04', 'R09'], tourism: ['R12'], culture: ['R02', 'R03', 'R07'], heritage: ['R07', 'R12'],
  green: ['R06', 'R11'], education: ['R08'], trade: ['R09', 'R10'], investment: ['R11'], infrastructure: ['R05']
}
const NATIONAL_REG_KINDS: ['law' | 'decree' | 'policy' | 'strategy', number][] = [['law', 0.22], ['decree', 0.33], ['policy', 0.23], ['strategy', 0.22]]

const INI_KIND_WEIGHTS: [IniKind, number][] = [
  ['training', 0.24], ['event', 0.14], ['cooperation', 0.12], ['branding', 0.1], ['export', 0.1], ['investment', 0.1], ['infrastructure', 0.1], ['research', 0.1]
]
const RUNNER_KINDS: Record<IniKind, Kind[]> = {
  training: ['EducationProvider', 'NGO', 'Government', 'CCIOrganisation'],
  investment: ['Investor', 'Government'],
  infrastructure: ['Government'],
  branding: ['Government', 'CCIOrganisation'],
  export: ['Government', 'CCIOrganisation'],
  cooperation: ['InternationalPartner', 'Government', 'NGO'],
  research: ['EducationProvider', 'NGO', 'CCIOrganisation'],
  event: ['CCIOrganisation', 'Government', 'NGO']
}
/** who co-runs (funds) a programme, sometimes */
const CO_RUNNER: Partial<Record<IniKind, Kind>> = {
  investment: 'InternationalPartner', infrastructure: 'Investor', training: 'InternationalPartner', cooperation: 'InternationalPartner', research: 'InternationalPartner', export: 'Investor'
}
const BENEFICIARY_KINDS: Record<IniKind, Kind[]> = {
  training: ['CreativeProducer', 'Community', 'CCIOrganisation', 'TourismOperator'],
  investment: ['CreativeProducer', 'CCIOrganisation', 'TourismOperator', 'Community'],
  infrastructure: ['CreativeProducer', 'Community', 'TourismOperator', 'CCIOrganisation'],
  branding: ['CreativeProducer', 'Community', 'TourismOperator'],
  export: ['CreativeProducer', 'CCIOrganisation'],
  cooperation: ['CCIOrganisation', 'CreativeProducer', 'NGO', 'EducationProvider'],
  research: ['CCIOrganisation', 'Community', 'CreativeProducer'],
  event: ['CreativeProducer', 'CCIOrganisation', 'TourismOperator', 'Community']
}
/** the recommendation a programme of a kind addresses, then ones it may also address (inferred) */
const INI_RECS: Record<IniKind, [string, string[]]> = {
  training: ['R08', ['R07', 'R04']], investment: ['R11', ['R09']], infrastructure: ['R05', ['R12', 'R04']], branding: ['R09', ['R12']],
  export: ['R09', ['R10']], cooperation: ['R10', ['R07', 'R03']], research: ['R01', ['R02']], event: ['R12', ['R07', 'R01']]
}
const INI_NAMES: Record<IniKind, (rng: Rng, place: string, country: string) => string> = {
  training: (rng, place) => `${place} ${rng.pick(['Craft Skills', 'Digital Marketing', 'Design Thinking', 'Heritage Guiding', 'Creative Entrepreneurship', 'Natural Dye', 'Film Production', 'Hospitality'])} ${rng.pick(['Programme', 'Bootcamp', 'Apprenticeships', 'Academy', 'Workshops'])}`,
  investment: (rng, _place, country) => `${rng.pick(INVEST_WORDS)} ${rng.pick(['Creative SME Loan Window', 'Craft Enterprise Fund', 'Creative Start-up Fund', 'Cultural Tourism Investment Facility'])} ${COUNTRY_NAMES[country]}`,
  infrastructure: (rng, place) => `${place} ${rng.pick(['Craft Market Hall', 'Creative Hub', 'Heritage Visitor Centre', 'Makerspace', 'Craft Village Broadband', 'Cultural Centre Renovation'])}`,
  branding: (rng, place) => `${place} ${rng.pick(['Handmade Origin Mark', 'Creative Trail', 'Craft Label', 'Destination Brand'])}`,
  export: (rng, _place, country) => `${COUNTRY_NAMES[country]} ${rng.pick(['Craft Export Readiness Programme', 'Trade Fair Pavilion', 'Design Export Accelerator', 'Creative Goods Export Mission'])}`,
  cooperation: (rng, _place, country) => `${COUNTRY_NAMES[country]} ${rng.pick(['Craft Exchange', 'Creative Cities Exchange', 'Heritage Partnership', 'Co-production Fund'])} with ${rng.pick(INTL_ORIGIN)} Partners`,
  research: (rng, _place, country) => `${COUNTRY_NAMES[country]} ${rng.pick(['Creative Economy Mapping Survey', 'Craft Inventory', 'Cultural Statistics Pilot', 'Audience Study'])}`,
  event: (rng, place) => `${place} ${rng.pick(['Design Week', 'Craft Fair', 'Arts Festival', 'Film Festival', 'Music Showcase', 'Creative Market'])}`
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function regulationTitle (rng: Rng, kind: string, topic: string, year: number): string {
  const phrase = rng.pick(TOPIC_PHRASES[topic]!)
  if (kind === 'law') return rng.chance(0.3) ? `Law on ${phrase} (amended ${year})` : `Law on ${phrase}`
  if (kind === 'decree') return `Decree No. ${rng.int(1, 180)}/${year} on ${phrase}`
  if (kind === 'policy') return `National Policy on ${phrase}`
  return `${cap(phrase.replace(/^the /, ''))} Development Strategy ${year}-${year + rng.pick([5, 10, 15])}`
}

function addressesLinks (rng: Rng, from: Record<string, string>, recs: string[], known: Set<string>): Record<string, unknown>[] {
  return recs.filter((r, i, a) => known.has(r) && a.indexOf(r) === i)
    .map((rec, i) => ({ from, type: 'ADDRESSES', to: { id: rec }, ...(i === 0 ? {} : { properties: { inferred: true } }) }))
}

interface Policy { regulations: Record<string, unknown>[], initiatives: Record<string, unknown>[], links: Record<string, unknown>[] }

function buildPolicy (model: Model & { geo: Geography }, ref: SyntheticReference, seed: number): Policy {
  const { actors, geo } = model
  const sectorIds = new Set(ref.sectors.map((s) => s.id))
  const recIds = new Set(ref.recommendations)
  // Where an actor's record locates it (a site-anchored spot may fall across a border from a.country).
  const home = actors.map((a) => (a.international ? a.country : geo.byId.get(a.province)?.country ?? a.country))
  const byCountry = new Map<string, number[]>()
  actors.forEach((_, i) => byCountry.set(home[i]!, [...(byCountry.get(home[i]!) ?? []), i]))
  const urns = new Map<string, Urn>()
  /** a preferential-attachment pool, filled on first use */
  const pool = (key: string, fill: () => number[]): Urn => {
    let u = urns.get(key)
    if (u === undefined) { u = new Urn(); for (const i of fill()) u.add(i); urns.set(key, u) }
    return u
  }
  const ofKinds = (indices: number[] | undefined, kinds: readonly Kind[]) => (indices ?? []).filter((i) => kinds.includes(actors[i]!.kind))
  const S = (i: number) => ({ externalId: actors[i]!.ext })
  const links: Record<string, unknown>[] = []

  // Regulations: national ones per country, then a few regional frameworks and bilateral agreements.
  const regRng = new Rng(seed, 'regulations')
  const regulations: Record<string, unknown>[] = []
  const issuer = (country: string): number | undefined => {
    const u = pool(`gov:${country}`, () => ofKinds(byCountry.get(country), ['Government']))
    const g = u.draw(regRng)
    if (g !== undefined) u.add(g) // a few ministries issue most of a country's regulations
    return g
  }
  const topicsOf = () => {
    const topics: string[] = []
    const want = regRng.weighted([[1, 0.35], [2, 0.45], [3, 0.2]] as const)
    for (let t = 0; t < 6 && topics.length < want; t++) {
      const topic = regRng.weighted(TOPIC_WEIGHTS)
      if (!topics.includes(topic)) topics.push(topic)
    }
    return topics
  }
  const sectorsOf = (topics: string[]) => regRng.sample([...new Set(topics.flatMap((t) => TOPIC_SECTORS[t]!))].filter((s) => sectorIds.has(s)), regRng.int(1, 3))
  const yearOf = () => Math.max(1990, 2025 - Math.floor(Math.abs(regRng.gauss()) * 8))
  const addRegulation = (record: Record<string, unknown>, issuers: (number | undefined)[], topics: string[]) => {
    const ext = `R${pad(regulations.length)}`
    regulations.push({ externalId: ext, ...record })
    for (const g of issuers) if (g !== undefined) links.push({ from: { externalId: ext }, type: 'ISSUED_BY', to: S(g) })
    if (regRng.chance(RATES.regulationAddressesChance)) {
      const candidates = [...new Set(topics.flatMap((t) => TOPIC_RECS[t]!))]
      links.push(...addressesLinks(regRng, { externalId: ext }, regRng.sample(candidates, regRng.int(1, 2)), recIds))
    }
  }
  let national = 0
  for (const country of MEKONG) {
    const m = byCountry.get(country)?.length ?? 0
    const count = m === 0 ? 0 : Math.min(60, Math.max(3, Math.round(RATES.regulationsPerSqrtActor * Math.sqrt(m))))
    for (let k = 0; k < count; k++) {
      const kind = regRng.weighted(NATIONAL_REG_KINDS)
      const topics = topicsOf()
      const year = yearOf()
      const g = issuer(country)
      addRegulation({
        title: regulationTitle(regRng, kind, topics[0]!, year), kind, scope: 'national', year, topics,
        ...(g === undefined ? { body: `Government of ${COUNTRY_NAMES[country]}` } : {}),
        countries: [country], sectors: sectorsOf(topics)
      }, [g], topics)
      national++
    }
  }
  const regional = national === 0 ? 0 : Math.min(8, Math.max(2, Math.round(national * RATES.regionalPerNational)))
  for (let k = 0; k < regional; k++) {
    const topics = topicsOf()
    const year = yearOf()
    const phrase = regRng.pick(TOPIC_PHRASES[topics[0]!]!)
    const form = regRng.weighted([['asean', 0.4], ['gms', 0.3], ['bilateral', 0.3]] as const)
    if (form === 'bilateral') {
      const [a, b] = regRng.sample(MEKONG, 2).sort() as [string, string]
      addRegulation({
        title: `${COUNTRY_NAMES[a]}-${COUNTRY_NAMES[b]} Agreement on ${phrase}`, kind: 'agreement', scope: 'international', year, topics,
        body: `Governments of ${COUNTRY_NAMES[a]} and ${COUNTRY_NAMES[b]}`, countries: [a, b], sectors: sectorsOf(topics)
      }, [issuer(a), issuer(b)], topics)
    } else {
      const countries = form === 'asean' ? MEKONG : regRng.sample(MEKONG, regRng.int(3, 5)).sort()
      addRegulation({
        title: form === 'asean' ? `ASEAN Framework on ${phrase} ${year}` : `GMS Declaration on ${phrase} ${year}`,
        kind: form === 'asean' ? 'framework' : 'declaration', scope: form, year, topics,
        body: form === 'asean' ? 'ASEAN' : 'Greater Mekong Subregion', countries, sectors: sectorsOf(topics)
      }, [], topics)
    }
  }

  // Initiatives: run by a body of the kind the programme needs, supporting beneficiaries nearby.
  const iniRng = new Rng(seed, 'initiatives')
  const initiatives: Record<string, unknown>[] = []
  const byProvince = new Map<string, number[]>()
  actors.forEach((a, i) => byProvince.set(a.province, [...(byProvince.get(a.province) ?? []), i]))
  const all = actors.map((_, i) => i)
  const count = actors.length === 0 ? 0 : Math.max(3, Math.round(actors.length / RATES.actorsPerInitiative))
  for (let k = 0; k < count; k++) {
    const kind = iniRng.weighted(INI_KIND_WEIGHTS)
    const picked = iniRng.weighted(COUNTRY_WEIGHTS)
    const runners = [
      pool(`run:${picked}:${kind}`, () => ofKinds(byCountry.get(picked), RUNNER_KINDS[kind])),
      pool(`run:*:${kind}`, () => ofKinds(all, RUNNER_KINDS[kind])),
      pool('run:*', () => all)
    ].find((u) => u.items.length > 0)!
    const r = runners.draw(iniRng)!
    runners.add(r) // busy bodies run more programmes
    const runner = actors[r]!
    const country = home[r]!
    const ext = `I${pad(k)}`
    const green = iniRng.chance(kind === 'investment' ? 0.35 : kind === 'infrastructure' ? 0.25 : 0.15)
    const startYear = iniRng.int(2010, 2025)
    const budget = iniRng.chance(0.8) ? Math.max(1000, Math.round(Math.exp(11 + iniRng.gauss() * 1.2) * (kind === 'investment' || kind === 'infrastructure' ? 5 : 1) / 1000) * 1000) : undefined
    const place = geo.byId.get(runner.province)?.name ?? COUNTRY_NAMES[country]!
    initiatives.push({
      externalId: ext, name: INI_NAMES[kind](iniRng, place, country), kind, green, startYear,
      ...(iniRng.chance(0.6) ? { endYear: startYear + iniRng.int(1, 5) } : {}),
      ...(budget !== undefined ? { budgetUsd: budget } : {})
    })
    links.push({ from: S(r), type: 'RUNS', to: { externalId: ext } })
    const coKind = CO_RUNNER[kind]
    if (coKind !== undefined && iniRng.chance(RATES.coRunChance)) {
      const u = pool(`co:${country}:${coKind}`, () => ofKinds(byCountry.get(country), [coKind]))
      const c = u.draw(iniRng)
      if (c !== undefined && c !== r) { u.add(c); links.push({ from: S(c), type: 'RUNS', to: { externalId: ext } }) }
    }
    // Beneficiaries: heavy-tailed count, drawn preferentially (programmes find the same actors again).
    const want = Math.min(60, Math.max(1, Math.round(Math.exp(RATES.beneficiariesLogMean + 0.7 * iniRng.gauss()))))
    const near = kind === 'infrastructure'
      ? pool(`ben:${runner.province}:${kind}`, () => ofKinds(byProvince.get(runner.province), BENEFICIARY_KINDS[kind]))
      : pool(`ben:${country}:${kind}`, () => ofKinds(byCountry.get(country), BENEFICIARY_KINDS[kind]))
    const chosen = new Set<number>()
    for (let t = 0; t < want * 3 && chosen.size < want; t++) {
      let u = near
      if (kind === 'cooperation' && iniRng.chance(RATES.crossBorderBeneficiary)) {
        const abroad = iniRng.pick(MEKONG.filter((c) => c !== country))
        u = pool(`ben:${abroad}:${kind}`, () => ofKinds(byCountry.get(abroad), BENEFICIARY_KINDS[kind]))
      }
      const j = u.draw(iniRng)
      if (j === undefined || j === r || chosen.has(j)) continue
      chosen.add(j)
      u.add(j)
    }
    const share = budget !== undefined && chosen.size > 0 ? Math.floor((budget * 0.6) / chosen.size / 100) * 100 : 0
    for (const j of chosen) {
      links.push({ from: { externalId: ext }, type: 'SUPPORTS', to: S(j), ...(share > 0 && iniRng.chance(0.6) ? { properties: { amountUsd: share } } : {}) })
    }
    const [primary, others] = INI_RECS[kind]
    const recs = [primary, ...(green ? ['R06'] : []), ...(iniRng.chance(0.4) ? [iniRng.pick(others)] : [])]
    links.push(...addressesLinks(iniRng, { externalId: ext }, recs, recIds))
  }
  return { regulations, initiatives, links }
}

function * chunk (kind: SyntheticKind, items: Iterable<Record<string, unknown>>, size: number): Generator<SyntheticBatch> {
  let batch: Record<string, unknown>[] = []
  for (const item of items) {
    batch.push(item)
    if (batch.length >= size) { yield { kind, records: batch }; batch = [] }
  }
  if (batch.length > 0) yield { kind, records: batch }
}

function * concat<T> (...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield * part
}

/**
 * The synthetic ecosystem as batches of sync records, in load order (every reference before its
 * use): stakeholders, destinations, products, regulations, initiatives, then links (those of the
 * value chain and network first, then ISSUED_BY, ADDRESSES, RUNS and SUPPORTS).
 * Same (options, reference) → the same records, whatever the batch size.
 */
export function * generateSynthetic (options: SyntheticOptions, ref: SyntheticReference): Generator<SyntheticBatch> {
  if (!Number.isInteger(options.stakeholders) || options.stakeholders < 1) throw new Error('stakeholders must be a positive integer')
  const size = options.batchSize ?? 2000
  const model = buildNodes(options, ref)
  const policy = buildPolicy(model, ref, options.seed)
  yield * chunk('stakeholders', model.stakeholders, size)
  yield * chunk('destinations', model.destinations, size)
  yield * chunk('products', model.products, size)
  yield * chunk('regulations', policy.regulations, size)
  yield * chunk('initiatives', policy.initiatives, size)
  yield * chunk('links', concat(buildLinks(model, ref, options.seed), policy.links), size)
}

export interface SyntheticCounts {
  records: Record<SyntheticKind, number>
  stakeholderKinds: Record<string, number>
  /** relationships per type, including those the node records manage (LOCATED_IN, WORKS_IN, ACTIVE_IN, IN_SECTOR, APPLIES_TO, COVERS) */
  relationships: Record<string, number>
  totalRecords: number
  totalRelationships: number
}

/** Counts what a batch stream holds (records per kind, relationships per type). */
export function countSynthetic (batches: Iterable<SyntheticBatch>): SyntheticCounts {
  const records: Record<SyntheticKind, number> = { stakeholders: 0, destinations: 0, products: 0, regulations: 0, initiatives: 0, links: 0 }
  const stakeholderKinds: Record<string, number> = {}
  const relationships: Record<string, number> = {}
  const add = (t: string, n = 1) => { relationships[t] = (relationships[t] ?? 0) + n }
  for (const b of batches) {
    records[b.kind] += b.records.length
    for (const r of b.records) {
      if (b.kind === 'links') { add(String(r.type)); continue }
      if (b.kind === 'stakeholders') stakeholderKinds[String(r.kind)] = (stakeholderKinds[String(r.kind)] ?? 0) + 1
      if (r.province !== undefined || r.country !== undefined) add('LOCATED_IN')
      const countries = (r.countries as string[] | undefined)?.length ?? 0
      if (countries > 0) add('APPLIES_TO', countries)
      const sectors = (r.sectors as string[] | undefined)?.length ?? 0
      if (sectors > 0) add(b.kind === 'products' ? 'IN_SECTOR' : b.kind === 'regulations' ? 'COVERS' : 'WORKS_IN', sectors)
      const stages = (r.stages as string[] | undefined)?.length ?? 0
      if (stages > 0) add('ACTIVE_IN', stages)
    }
  }
  const totalRecords = Object.values(records).reduce((s, x) => s + x, 0)
  const totalRelationships = Object.values(relationships).reduce((s, x) => s + x, 0)
  return { records, stakeholderKinds, relationships, totalRecords, totalRelationships }
}
