// The resources of the ecosystem graph, declared once: label, editable fields, filters, delete
// mode and examples. Routes, OpenAPI and validation are generated from this table.
import Type, { type TProperties, type TSchema } from 'typebox'
import {
  DESTINATION_KINDS, HERITAGE_CATEGORIES, HERITAGE_STATUSES, INITIATIVE_KINDS, REGULATION_KINDS,
  REGULATION_SCOPES, REGULATION_TOPICS, SECTOR_TRADITIONS, STAKEHOLDER_KINDS, STAKEHOLDER_SIZES, literalUnion,
  type PrimaryLabel
} from '../../domain/model.js'
import { Id, Location, Year } from '../../http/schemas.js'


/** How a resource may be changed: soft delete (deletedAt), hard delete (refused while linked), or not at all. */
export type ResourceMode = 'soft' | 'hard' | 'read-only'

/** The list filters a resource may offer; each resource picks its own. */
export type FilterName = 'country' | 'province' | 'kind' | 'sector' | 'stage' | 'tag' | 'q' | 'near' | 'updatedSince' |
  'scope' | 'topic' | 'green' | 'level' | 'tradition' | 'parent' | 'heritage'

export interface ResourceDef {
  path: string
  label: PrimaryLabel
  singular: string
  tag: string
  description: string
  idPrefix: string
  /** the property that names a node and orders lists */
  titleField: 'name' | 'title'
  mode: ResourceMode
  /** editable properties; `required` lists those a create must give */
  fields: TProperties
  required: string[]
  /** stakeholders: `kind` in the body maps to exactly one of these secondary labels */
  kindLabels?: readonly string[]
  /** countries and provinces have meaningful ids (ISO codes): the client must give one */
  idRequired?: boolean
  idPattern?: string
  filters: FilterName[]
  /** full-text index behind q= */
  fulltextIndex?: string
  kindFilter?: TSchema
  example: { id: string, create: Record<string, unknown>, patch: Record<string, unknown> }
}

const Name = Type.String({ minLength: 1, maxLength: 300 })
const Description = Type.String({ maxLength: 5000 })
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, uniqueItems: true })

export const RESOURCES: ResourceDef[] = [
  {
    path: 'stakeholders',
    label: 'Stakeholder',
    singular: 'stakeholder',
    tag: 'stakeholders',
    description: 'Actors of the ecosystem, each of one kind: government bodies, CCI organisations, creative producers, tourism operators, education providers, investors, NGOs, international partners, communities.',
    idPrefix: 'stk',
    titleField: 'name',
    mode: 'soft',
    fields: {
      kind: literalUnion(STAKEHOLDER_KINDS, { description: 'the kind of actor (one label of the graph)' }),
      name: Name,
      description: Description,
      website: Type.String({ format: 'uri', maxLength: 500 }),
      location: Location,
      founded: Year,
      size: literalUnion(STAKEHOLDER_SIZES),
      tags: Tags
    },
    required: ['kind', 'name'],
    kindLabels: STAKEHOLDER_KINDS,
    filters: ['country', 'province', 'kind', 'sector', 'stage', 'tag', 'q', 'near', 'updatedSince'],
    fulltextIndex: 'stakeholder_text',
    kindFilter: literalUnion(STAKEHOLDER_KINDS, { description: 'stakeholder kind' }),
    example: {
      id: 's-kh-0019',
      create: {
        kind: 'CreativeProducer',
        name: 'Puok Silk Weavers (example)',
        description: 'A village weaving group near Siem Reap.',
        location: { latitude: 13.45, longitude: 103.75 },
        tags: ['silk', 'weaving'],
        links: [
          { type: 'LOCATED_IN', to: 'KH-17' },
          { type: 'WORKS_IN', to: 'fcs-c-crafts' },
          { type: 'ACTIVE_IN', to: 'stage-production' },
          { type: 'ACTIVE_AT', to: 'whc-668', properties: { role: 'sells' } }
        ]
      },
      patch: { description: 'A village weaving cooperative of 40 members near Siem Reap.', size: 'small' }
    }
  },
  {
    path: 'destinations',
    label: 'Destination',
    singular: 'destination',
    tag: 'destinations',
    description: 'Places visitors go: heritage sites (with their World Heritage data), creative cities, craft villages, museums, venues, festivals, ecotourism sites, markets.',
    idPrefix: 'dst',
    titleField: 'name',
    mode: 'soft',
    fields: {
      name: Name,
      description: Description,
      location: Location,
      kinds: Type.Array(literalUnion(DESTINATION_KINDS), { minItems: 1, maxItems: 8, uniqueItems: true, description: 'heritage_site adds the HeritageSite label' }),
      whcId: Type.Integer({ minimum: 1, description: 'UNESCO World Heritage Centre id' }),
      inscribed: Year,
      category: literalUnion(HERITAGE_CATEGORIES),
      status: literalUnion(HERITAGE_STATUSES),
      creativeField: Type.String({ maxLength: 100, description: 'UNESCO Creative Cities field' }),
      designated: Year
    },
    required: ['name', 'location', 'kinds'],
    filters: ['country', 'province', 'kind', 'heritage', 'q', 'near', 'updatedSince'],
    fulltextIndex: 'destination_text',
    kindFilter: literalUnion(DESTINATION_KINDS, { description: 'destination kind' }),
    example: {
      id: 'whc-668',
      create: {
        name: 'Kampong Phluk floating village (example)',
        kinds: ['ecotourism', 'craft_village'],
        location: { latitude: 13.2, longitude: 103.97 },
        links: [{ type: 'LOCATED_IN', to: 'KH-17' }]
      },
      patch: { description: 'Stilted village on the Tonle Sap, visited by boat.' }
    }
  },
  {
    path: 'regulations',
    label: 'Regulation',
    singular: 'regulation',
    tag: 'regulations',
    description: 'The regulatory framework: national laws, decrees, policies and strategies, and regional (ASEAN, GMS) frameworks.',
    idPrefix: 'reg',
    titleField: 'title',
    mode: 'soft',
    fields: {
      title: Type.String({ minLength: 1, maxLength: 500 }),
      description: Description,
      kind: literalUnion(REGULATION_KINDS),
      scope: literalUnion(REGULATION_SCOPES),
      year: Year,
      topics: Type.Array(literalUnion(REGULATION_TOPICS), { maxItems: 11, uniqueItems: true }),
      body: Type.String({ maxLength: 300, description: 'issuing body, as text' })
    },
    required: ['title', 'kind', 'scope', 'topics'],
    filters: ['country', 'kind', 'scope', 'topic', 'sector', 'q', 'updatedSince'],
    fulltextIndex: 'regulation_text',
    kindFilter: literalUnion(REGULATION_KINDS, { description: 'regulation kind' }),
    example: {
      id: 'reg-siem-reap-declaration',
      create: {
        title: 'Example Law on Copyright and Related Rights in Digital Markets',
        kind: 'law',
        scope: 'national',
        year: 2024,
        topics: ['ip', 'digital', 'ecommerce'],
        links: [{ type: 'APPLIES_TO', to: 'KH' }, { type: 'ADDRESSES', to: 'R04' }]
      },
      patch: { year: 2025 }
    }
  },
  {
    path: 'products',
    label: 'Product',
    singular: 'product',
    tag: 'products',
    description: 'Cultural and creative goods and services, classified in the sector taxonomy.',
    idPrefix: 'prd',
    titleField: 'name',
    mode: 'soft',
    fields: {
      name: Name,
      description: Description,
      green: Type.Boolean({ description: 'made with eco-innovation (natural dyes, recycled materials...)' }),
      certified: Type.String({ maxLength: 200, description: 'certification or label, if any' })
    },
    required: ['name', 'green'],
    filters: ['sector', 'green', 'q', 'updatedSince'],
    fulltextIndex: 'product_text',
    example: {
      id: 'p-kh-0005',
      create: { name: 'Natural-dye silk scarf (example)', green: true, links: [{ type: 'IN_SECTOR', to: 'fcs-c-crafts' }] },
      patch: { certified: 'Geographical indication (example)' }
    }
  },
  {
    path: 'initiatives',
    label: 'Initiative',
    singular: 'initiative',
    tag: 'initiatives',
    description: 'Programmes and projects: training, investment, infrastructure, branding, export, cooperation, research, events.',
    idPrefix: 'ini',
    titleField: 'name',
    mode: 'soft',
    fields: {
      name: Name,
      description: Description,
      kind: literalUnion(INITIATIVE_KINDS),
      green: Type.Boolean(),
      startYear: Year,
      endYear: Year,
      budgetUsd: Type.Number({ minimum: 0 })
    },
    required: ['name', 'kind', 'green'],
    filters: ['country', 'kind', 'green', 'q', 'updatedSince'],
    fulltextIndex: 'initiative_text',
    kindFilter: literalUnion(INITIATIVE_KINDS, { description: 'initiative kind' }),
    example: {
      id: 'i-th-002',
      create: { name: 'Digital marketing bootcamp for craft producers (example)', kind: 'training', green: false, startYear: 2025, links: [{ type: 'ADDRESSES', to: 'R08' }] },
      patch: { endYear: 2026 }
    }
  },
  {
    path: 'sectors',
    label: 'Sector',
    singular: 'sector',
    tag: 'taxonomy',
    description: 'The product and activity taxonomy: UNESCO FCS 2009 domains and sub-domains, a tree over BROADER links.',
    idPrefix: 'sec',
    titleField: 'name',
    mode: 'hard',
    fields: {
      name: Name,
      description: Description,
      code: Type.String({ maxLength: 20, description: 'UNESCO statistics code' }),
      level: literalUnion(['domain', 'subdomain'] as const),
      domain: Type.String({ pattern: '^[A-HT]$', description: 'FCS domain letter (T = transversal)' }),
      tradition: literalUnion(SECTOR_TRADITIONS),
      unctadGroup: Type.String({ maxLength: 100 })
    },
    required: ['name'],
    filters: ['level', 'tradition', 'parent', 'updatedSince'],
    example: {
      id: 'fcs-c-crafts',
      create: { name: 'Lacquerware (example)', level: 'subdomain', domain: 'C', tradition: 'traditional', links: [{ type: 'BROADER', to: 'fcs-c' }] },
      patch: { description: 'Traditional lacquer objects.' }
    }
  },
  {
    path: 'countries',
    label: 'Country',
    singular: 'country',
    tag: 'geography',
    description: 'Countries (ISO 3166-1 alpha-2): the five Mekong countries, and partners abroad.',
    idPrefix: '',
    titleField: 'name',
    mode: 'hard',
    fields: { name: Name },
    required: ['name'],
    idRequired: true,
    idPattern: '^[A-Z]{2}$',
    filters: ['updatedSince'],
    example: { id: 'KH', create: { id: 'XK', name: 'Example Country' }, patch: { name: 'Kingdom of Cambodia' } }
  },
  {
    path: 'provinces',
    label: 'Province',
    singular: 'province',
    tag: 'geography',
    description: 'First-level administrative areas (ISO 3166-2), each IN a country.',
    idPrefix: '',
    titleField: 'name',
    mode: 'hard',
    fields: { name: Name, location: Location },
    required: ['name'],
    idRequired: true,
    idPattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$',
    filters: ['country', 'updatedSince'],
    example: { id: 'KH-17', create: { id: 'XK-01', name: 'Example Province', links: [{ type: 'IN', to: 'KH' }] }, patch: { name: 'Siem Reap Province' } }
  },
  {
    path: 'stages',
    label: 'Stage',
    singular: 'stage',
    tag: 'taxonomy',
    description: 'The culture cycle (value-chain stages), in order: creation, production, dissemination, exhibition, consumption.',
    idPrefix: '',
    titleField: 'name',
    mode: 'read-only',
    fields: { name: Name, order: Type.Integer(), description: Description },
    required: [],
    filters: [],
    example: { id: 'stage-production', create: {}, patch: {} }
  },
  {
    path: 'recommendations',
    label: 'Recommendation',
    singular: 'recommendation',
    tag: 'recommendations',
    description: 'The 12 recommendations of the policy brief (R01–R12), in its order.',
    idPrefix: '',
    titleField: 'title',
    mode: 'read-only',
    fields: { title: Type.String(), text: Type.String(), order: Type.Integer() },
    required: [],
    filters: [],
    example: { id: 'R12', create: {}, patch: {} }
  }
]

export const RESOURCES_BY_PATH = new Map(RESOURCES.map((r) => [r.path, r]))
export const RESOURCES_BY_LABEL = new Map(RESOURCES.map((r) => [r.label, r]))

/** Fields a client may not set: the server owns them. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'version', 'deletedAt', 'contentHash', 'sample'] as const

export { Id }
