// What partners send: one record schema per syncable kind, built from the resource table plus
// the partner's key (externalId) and references to reference nodes (province, country(ies),
// sectors, stages) that become the links the record manages.
//
// Which links a record manages and which are link records: a record manages its property-less
// links to reference nodes (geography, taxonomy, culture cycle) — they are facts about the record
// and are replaced with it. Links to other actors' records (ISSUED_BY a government, RUNS,
// SUPPORTS, SUPPLIES, ...) and links that carry properties (ADDRESSES {inferred}, ACTIVE_AT
// {role}, ...) are link records, POST /sync/{source}/links.
import Type, { type TObject, type TProperties } from 'typebox'
import { REL_TYPES, literalUnion, type RelType } from '../../domain/model.js'
import { ID_PATTERN } from '../../http/schemas.js'
import { RESOURCES_BY_PATH, type ResourceDef } from '../resources/definitions.js'
import { SOURCE_PATTERN } from '../keys/routes.js'

/** Every kind POST /sync/{source}/{kind} takes: the node kinds, then links (load order). */
export const SYNCABLE_KINDS = ['stakeholders', 'destinations', 'products', 'regulations', 'initiatives', 'links'] as const
export type SyncableKind = typeof SYNCABLE_KINDS[number]
export type SyncableNodeKind = Exclude<SyncableKind, 'links'>

/**
 * The kinds `npm run import` reads: src/import/records.ts has CSV columns for these node kinds
 * only. Once it has columns for regulations and initiatives, these become SYNCABLE_KINDS.
 */
export const SYNC_KINDS = ['stakeholders', 'destinations', 'products', 'links'] as const satisfies readonly SyncableKind[]
export type SyncKind = typeof SYNC_KINDS[number]
export type NodeSyncKind = Exclude<SyncKind, 'links'>

export const MAX_BATCH = 5000

export const ExternalId = Type.String({ minLength: 1, maxLength: 200, description: "the partner's own id for the record" })
const RefId = Type.String({ pattern: ID_PATTERN })

/** A reference field of a record, the label its ids must carry and the link it becomes. */
export interface RefField { field: string, type: RelType, label: 'Province' | 'Country' | 'Sector' | 'Stage', many: boolean, description: string }

export const REF_FIELDS: Record<SyncableNodeKind, RefField[]> = {
  stakeholders: [
    { field: 'province', type: 'LOCATED_IN', label: 'Province', many: false, description: 'ISO 3166-2 province id, e.g. KH-17' },
    { field: 'country', type: 'LOCATED_IN', label: 'Country', many: false, description: 'ISO country id, when no province is known' },
    { field: 'sectors', type: 'WORKS_IN', label: 'Sector', many: true, description: 'sector ids (taxonomy)' },
    { field: 'stages', type: 'ACTIVE_IN', label: 'Stage', many: true, description: 'culture-cycle stage ids' }
  ],
  destinations: [
    { field: 'province', type: 'LOCATED_IN', label: 'Province', many: false, description: 'ISO 3166-2 province id' },
    { field: 'country', type: 'LOCATED_IN', label: 'Country', many: false, description: 'ISO country id, when no province is known' }
  ],
  products: [
    { field: 'sectors', type: 'IN_SECTOR', label: 'Sector', many: true, description: 'sector ids (taxonomy)' }
  ],
  regulations: [
    { field: 'countries', type: 'APPLIES_TO', label: 'Country', many: true, description: 'ISO country ids where it applies (one for a national law, several for a regional framework)' },
    { field: 'sectors', type: 'COVERS', label: 'Sector', many: true, description: 'sector ids it covers (taxonomy)' }
  ],
  // An initiative's links all go to actors' records (RUNS, SUPPORTS) or carry properties
  // (ADDRESSES {inferred}): link records. Where it happens follows from who runs it and whom it supports.
  initiatives: []
}

/** The relationship types the records of a label manage (replaced with the record), e.g. Regulation → APPLIES_TO, COVERS. */
export const MANAGED_TYPES_BY_LABEL: ReadonlyMap<string, ReadonlySet<RelType>> = new Map(
  (Object.entries(REF_FIELDS) as [SyncableNodeKind, RefField[]][]).map(([kind, refs]) => [nodeDef(kind).label, new Set(refs.map((r) => r.type))])
)

export function nodeDef (kind: SyncableNodeKind): ResourceDef {
  return RESOURCES_BY_PATH.get(kind)!
}

export function recordSchema (kind: SyncableNodeKind): TObject {
  const def = nodeDef(kind)
  const props: TProperties = { externalId: ExternalId }
  for (const [key, schema] of Object.entries(def.fields)) props[key] = def.required.includes(key) ? schema : Type.Optional(schema)
  for (const ref of REF_FIELDS[kind]) {
    props[ref.field] = Type.Optional(ref.many ? Type.Array(RefId, { maxItems: 50, uniqueItems: true, description: ref.description }) : { ...RefId, description: ref.description })
  }
  return Type.Object(props, { additionalProperties: false, title: `${def.singular}Record` })
}

export const PartnerRef = Type.Union([
  Type.Object({ externalId: ExternalId, source: Type.Optional(Type.String({ pattern: SOURCE_PATTERN })) }, { additionalProperties: false }),
  Type.Object({ id: RefId }, { additionalProperties: false })
], { description: 'a record by partner key ({externalId} of this source, or {source, externalId}) or by atlas id ({id})' })

export const LinkRecord = Type.Object({
  externalId: Type.Optional(ExternalId),
  from: PartnerRef,
  type: literalUnion(REL_TYPES),
  to: PartnerRef,
  properties: Type.Optional(Type.Object({}, { additionalProperties: true }))
}, { additionalProperties: false, title: 'linkRecord' })

export const RECORD_EXAMPLES: Record<SyncableKind, unknown[]> = {
  stakeholders: [
    { externalId: 'TB-KH-00017', kind: 'TourismOperator', name: 'Tonle Sap Village Boats (example)', location: { latitude: 13.25, longitude: 103.9 }, province: 'KH-17', sectors: ['fcs-g'], stages: ['stage-consumption'], tags: ['boat-tours'] },
    { externalId: 'TB-KH-00018', kind: 'CreativeProducer', name: 'Kralanh Rattan Weavers (example)', province: 'KH-17', sectors: ['fcs-c-crafts'], stages: ['stage-production'] },
    { externalId: 'TB-KH-G-001', kind: 'Government', name: 'Siem Reap Provincial Tourism Office (example)', province: 'KH-17', sectors: ['fcs-g'] }
  ],
  destinations: [
    { externalId: 'TB-KH-D-001', name: 'Phnom Kulen waterfall (example)', kinds: ['ecotourism'], location: { latitude: 13.56, longitude: 104.11 }, province: 'KH-17' }
  ],
  products: [
    { externalId: 'TB-KH-P-001', name: 'Rattan basket (example)', green: true, sectors: ['fcs-c-crafts'] }
  ],
  regulations: [
    { externalId: 'TB-KH-R-001', title: 'Siem Reap Community-based Tourism Guidelines (example)', kind: 'policy', scope: 'national', year: 2024, topics: ['tourism', 'heritage'], countries: ['KH'], sectors: ['fcs-g-travel-services', 'fcs-a'] }
  ],
  initiatives: [
    { externalId: 'TB-KH-I-001', name: 'Tonle Sap Craft and Boat Trail (example)', kind: 'branding', green: false, startYear: 2025, budgetUsd: 40000 }
  ],
  links: [
    { from: { externalId: 'TB-KH-00018' }, type: 'SUPPLIES', to: { externalId: 'TB-KH-00017' }, properties: { stage: 'stage-dissemination' } },
    { from: { externalId: 'TB-KH-R-001' }, type: 'ISSUED_BY', to: { externalId: 'TB-KH-G-001' } },
    { from: { externalId: 'TB-KH-R-001' }, type: 'ADDRESSES', to: { id: 'R12' } },
    { from: { externalId: 'TB-KH-G-001' }, type: 'RUNS', to: { externalId: 'TB-KH-I-001' } },
    { from: { externalId: 'TB-KH-I-001' }, type: 'SUPPORTS', to: { externalId: 'TB-KH-00018' }, properties: { amountUsd: 5000 } },
    { from: { externalId: 'TB-KH-I-001' }, type: 'ADDRESSES', to: { id: 'R09' }, properties: { inferred: true } }
  ]
}
