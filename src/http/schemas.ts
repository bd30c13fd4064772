// Shared TypeBox primitives for request and response schemas.
import Type, { type TSchema } from 'typebox'

export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'

export const Id = Type.String({
  pattern: ID_PATTERN,
  description: 'a node id: letters, digits and . _ : - (at most 128 characters)',
  examples: ['whc-668']
})

export const Location = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90, examples: [13.4125] }),
  longitude: Type.Number({ minimum: -180, maximum: 180, examples: [103.867] })
}, { additionalProperties: false, description: 'WGS-84 coordinates', title: 'Location' })

export const Year = Type.Integer({ minimum: 1000, maximum: 2200 })
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 UTC' })

export const SystemFields = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer({ minimum: 1, description: 'increments on every change; the ETag' }),
  deletedAt: Type.Optional(Timestamp),
  sample: Type.Optional(Type.Boolean({ description: 'part of the illustrative sample ecosystem' })),
  approximate: Type.Optional(Type.Boolean({ description: 'coordinates or dates are approximate' }))
}

export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'page size (1–500)' })
export const Cursor = Type.String({ minLength: 1, maxLength: 2000, description: 'opaque: the nextCursor of the previous page' })

export function Page<T extends TSchema> (item: T, name: string) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'pass as cursor= for the next page; null on the last page' })
  }, { title: `${name}Page` })
}

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'the ETag (version) you read; 412 when the resource changed since' }))
})

export const problemResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, { $ref: 'Problem#', description: 'application/problem+json' }]))
