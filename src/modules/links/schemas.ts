// The link as the API shows it.
import Type, { type Static } from 'typebox'
import { Timestamp } from '../../http/schemas.js'

export const LinkSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  from: Type.String(),
  to: Type.String(),
  properties: Type.Object({}, { additionalProperties: true }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer()
}, { title: 'Link', additionalProperties: false })

export type LinkJson = Static<typeof LinkSchema>
