// The graph model in one place: labels, stakeholder kinds, relationship types, the allowed
// (from, type, to) triples and the properties each type takes. Validation, the OpenAPI enums, the
// seed loader and docs/data-model.md are all driven from these tables; Cypher gets labels and
// types only from here (allow-lists), never from user input.
import Type, { type TObject } from 'typebox'

export const PRIMARY_LABELS = [
  'Country', 'Province', 'Stakeholder', 'Destination', 'Sector', 'Product', 'Stage',
  'Regulation', 'Recommendation', 'Initiative'
] as const
export type PrimaryLabel = typeof PRIMARY_LABELS[number]

export const STAKEHOLDER_KINDS = [
  'Government', 'CCIOrganisation', 'CreativeProducer', 'TourismOperator', 'EducationProvider',
  'Investor', 'NGO', 'InternationalPartner', 'Community'
] as const
export type StakeholderKind = typeof STAKEHOLDER_KINDS[number]

/** Labels that may follow the primary one. */
export const SECONDARY_LABELS = [...STAKEHOLDER_KINDS, 'HeritageSite'] as const
export type SecondaryLabel = typeof SECONDARY_LABELS[number]
export type ModelLabel = PrimaryLabel | SecondaryLabel

export const DESTINATION_KINDS = [
  'heritage_site', 'creative_city', 'craft_village', 'museum', 'cultural_venue', 'festival', 'ecotourism', 'market'
] as const
export const HERITAGE_CATEGORIES = ['cultural', 'natural', 'mixed'] as const
export const HERITAGE_STATUSES = ['world', 'national', 'tentative'] as const
export const STAKEHOLDER_SIZES = ['micro', 'small', 'medium', 'large'] as const
export const REGULATION_KINDS = ['law', 'decree', 'policy', 'strategy', 'declaration', 'framework', 'agreement'] as const
export const REGULATION_SCOPES = ['national', 'asean', 'gms', 'international'] as const
export const REGULATION_TOPICS = [
  'ip', 'digital', 'ecommerce', 'tourism', 'culture', 'heritage', 'green', 'education', 'trade', 'investment', 'infrastructure'
] as const
export const INITIATIVE_KINDS = ['training', 'investment', 'infrastructure', 'branding', 'export', 'cooperation', 'research', 'event'] as const
export const ACTIVE_AT_ROLES = ['sells', 'performs', 'exhibits', 'guides', 'operates', 'manages'] as const
export const SECTOR_TRADITIONS = ['traditional', 'contemporary', 'digital'] as const
export const COUNTRIES = ['KH', 'LA', 'MM', 'TH', 'VN'] as const

/** A JSON Schema enum whose static type is the union of its values. */
export function literalUnion<const T extends readonly string[]> (values: T, options: { description?: string } = {}) {
  return Type.Enum([...values] as [...T], options)
}

const Year = Type.Integer({ minimum: 1000, maximum: 2200 })
const Usd = Type.Number({ minimum: 0 })

export const REL_TYPES = [
  'LOCATED_IN', 'IN', 'WORKS_IN', 'ACTIVE_IN', 'PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF',
  'ACTIVE_AT', 'ISSUED_BY', 'APPLIES_TO', 'COVERS', 'ADDRESSES', 'RUNS', 'SUPPORTS', 'INVESTS_IN',
  'TRAINS_IN', 'IN_SECTOR', 'BROADER'
] as const
export type RelType = typeof REL_TYPES[number]

export interface RelRule {
  type: RelType
  /** the start node must carry one of these labels */
  from: readonly ModelLabel[]
  /** the end node must carry one of these labels */
  to: readonly ModelLabel[]
  description: string
  /** properties the link takes (additional ones are refused) */
  properties: TObject
  /** read both ways in queries (cooperation is mutual even though stored with a direction) */
  symmetric?: boolean
}

const none = Type.Object({}, { additionalProperties: false })

export const REL_RULES: readonly RelRule[] = [
  { type: 'LOCATED_IN', from: ['Stakeholder', 'Destination'], to: ['Province', 'Country'], description: 'where it is', properties: none },
  { type: 'IN', from: ['Province'], to: ['Country'], description: 'a province belongs to a country', properties: none },
  { type: 'WORKS_IN', from: ['Stakeholder'], to: ['Sector'], description: 'activity domain', properties: none },
  { type: 'ACTIVE_IN', from: ['Stakeholder'], to: ['Stage'], description: 'its place in the culture cycle', properties: none },
  { type: 'PRODUCES', from: ['Stakeholder'], to: ['Product'], description: 'what it makes or offers', properties: none },
  {
    type: 'SUPPLIES',
    from: ['Stakeholder'],
    to: ['Stakeholder'],
    description: 'a value-chain link: the start supplies the end',
    properties: Type.Object({
      stage: Type.Optional(Type.String({ pattern: '^stage-[a-z]+$', description: 'culture-cycle stage id of the exchange', examples: ['stage-production'] })),
      productId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'id of the product exchanged' })),
      since: Type.Optional(Year)
    }, { additionalProperties: false })
  },
  {
    type: 'PARTNERS_WITH',
    from: ['Stakeholder'],
    to: ['Stakeholder'],
    description: 'cooperation (read both ways)',
    symmetric: true,
    properties: Type.Object({
      since: Type.Optional(Year),
      kind: Type.Optional(Type.String({ minLength: 1, maxLength: 100, examples: ['co-production'] }))
    }, { additionalProperties: false })
  },
  {
    type: 'MEMBER_OF',
    from: ['Stakeholder'],
    to: ['Stakeholder'],
    description: 'membership of associations, networks, clusters',
    properties: Type.Object({ since: Type.Optional(Year) }, { additionalProperties: false })
  },
  {
    type: 'ACTIVE_AT',
    from: ['Stakeholder'],
    to: ['Destination'],
    description: 'presence at a destination',
    properties: Type.Object({ role: literalUnion(ACTIVE_AT_ROLES, { description: 'what it does there' }) }, { additionalProperties: false })
  },
  { type: 'ISSUED_BY', from: ['Regulation'], to: ['Government'], description: 'the government body that issued a regulation', properties: none },
  { type: 'APPLIES_TO', from: ['Regulation'], to: ['Country'], description: 'where a regulation applies', properties: none },
  { type: 'COVERS', from: ['Regulation'], to: ['Sector'], description: 'sectors a regulation covers', properties: none },
  {
    type: 'ADDRESSES',
    from: ['Regulation', 'Initiative'],
    to: ['Recommendation'],
    description: 'declared policy intent',
    properties: Type.Object({
      inferred: Type.Optional(Type.Boolean({ description: 'our reading, not the document\'s own words' }))
    }, { additionalProperties: false })
  },
  { type: 'RUNS', from: ['Stakeholder'], to: ['Initiative'], description: 'who runs a programme', properties: none },
  {
    type: 'SUPPORTS',
    from: ['Initiative'],
    to: ['Stakeholder'],
    description: 'who a programme benefits',
    properties: Type.Object({ amountUsd: Type.Optional(Usd) }, { additionalProperties: false })
  },
  {
    type: 'INVESTS_IN',
    from: ['Investor'],
    to: ['Stakeholder'],
    description: 'an investment flow',
    properties: Type.Object({
      amountUsd: Type.Optional(Usd),
      year: Type.Optional(Year),
      green: Type.Boolean({ description: 'a green investment (environmental criteria)' })
    }, { additionalProperties: false })
  },
  { type: 'TRAINS_IN', from: ['EducationProvider'], to: ['Sector'], description: 'education and training supply', properties: none },
  { type: 'IN_SECTOR', from: ['Product'], to: ['Sector'], description: 'product classification in the taxonomy', properties: none },
  { type: 'BROADER', from: ['Sector'], to: ['Sector'], description: 'taxonomy tree: a sub-sector points to its parent', properties: none }
]

export const REL_RULES_BY_TYPE = new Map<RelType, RelRule>(REL_RULES.map((r) => [r.type, r]))

export function isRelType (value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value)
}

/** Does a node with these labels satisfy one of the label references? */
export function matchesAny (labels: readonly string[], refs: readonly ModelLabel[]): boolean {
  return refs.some((ref) => labels.includes(ref))
}

/** The triples a type allows, spelled out for error messages and docs. */
export function describeTriples (rule: RelRule): string[] {
  const out: string[] = []
  for (const from of rule.from) for (const to of rule.to) out.push(`(${from})-[:${rule.type}]->(${to})`)
  return out
}

/** The most specific label of a node, for messages and exports (the kind of a stakeholder). */
export function kindOf (labels: readonly string[]): string {
  const secondary = labels.find((l) => (STAKEHOLDER_KINDS as readonly string[]).includes(l))
  if (secondary !== undefined) return secondary
  if (labels.includes('HeritageSite')) return 'HeritageSite'
  return labels.find((l) => (PRIMARY_LABELS as readonly string[]).includes(l)) ?? labels[0] ?? 'Node'
}
