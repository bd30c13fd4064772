// What partners send: one record schema per syncable kind, built from the resource table plus
// the partner's key (externalId) and references to reference nodes (province, country, sectors,
// stages) that become the links the record manages.
import Type, { type TObject, type TProperties } from 'typebox'
import { REL_TYPES, literalUnion, type RelType } from '../../domain/model.js'
import { ID_PATTERN } from '../../http/schemas.js'
import { RESOURCES_BY_PATH, type ResourceDef } from '../resources/definitions.js'
import { SOURCE_PATTERN } from '../keys/routes.js'

export const SYNC_KINDS = ['stakeholders', 'destinations', 'products', 'links'] as const
export type SyncKind = typeof SYNC_KINDS[number]
export type NodeSyncKind = Exclude<SyncKind, 'links'>

export const MAX_BATCH = 5000

export const ExternalId = Type.String({ minLength: 1, maxLength: 200, description: "the partner's own id for the record" })
const RefId = Type.String({ pattern: ID_PATTERN })

/** A reference field of a record and the link it becomes. */
interface RefField { field: string, type: RelType, many: boolean, description: string }

export const REF_FIELDS: Record<NodeSyncKind, RefField[]> = {
  stakeholders: [
    { field: 'province', type: 'LOCATED_IN', many: false, description: 'ISO 3166-2 province id, e.g. KH-17' },
    { field: 'country', type: 'LOCATED_IN', many: false, description: 'ISO country id, when no province is known' },
    { field: 'sectors', type: 'WORKS_IN', many: true, description: 'sector ids (taxonomy)' },
    { field: 'stages', type: 'ACTIVE_IN', many: true, description: 'culture-cycle stage ids' }
  ],
  destinations: [
    { field: 'province', type: 'LOCATED_IN', many: false, description: 'ISO 3166-2 province id' },
    { field: 'country', type: 'LOCATED_IN', many: false, description: 'ISO country id, when no province is known' }
  ],
  products: [
    { field: 'sectors', type: 'IN_SECTOR', many: true, description: 'sector ids (taxonomy)' }
  ]
}

export function nodeDef (kind: NodeSyncKind): ResourceDef {
  return RESOURCES_BY_PATH.get(kind)!
}

export function recordSchema (kind: NodeSyncKind): TObject {
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

export const RECORD_EXAMPLES: Record<SyncKind, unknown[]> = {
  stakeholders: [
    { externalId: 'TB-KH-00017', kind: 'TourismOperator', name: 'Tonle Sap Village Boats (example)', location: { latitude: 13.25, longitude: 103.9 }, province: 'KH-17', sectors: ['fcs-g'], stages: ['stage-consumption'], tags: ['boat-tours'] },
    { externalId: 'TB-KH-00018', kind: 'CreativeProducer', name: 'Kralanh Rattan Weavers (example)', province: 'KH-17', sectors: ['fcs-c-crafts'], stages: ['stage-production'] }
  ],
  destinations: [
    { externalId: 'TB-KH-D-001', name: 'Phnom Kulen waterfall (example)', kinds: ['ecotourism'], location: { latitude: 13.56, longitude: 104.11 }, province: 'KH-17' }
  ],
  products: [
    { externalId: 'TB-KH-P-001', name: 'Rattan basket (example)', green: true, sectors: ['fcs-c-crafts'] }
  ],
  links: [
    { from: { externalId: 'TB-KH-00018' }, type: 'SUPPLIES', to: { externalId: 'TB-KH-00017' }, properties: { stage: 'stage-dissemination' } }
  ]
}
