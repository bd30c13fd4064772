// Request validation with two Ajv instances: query strings, params and headers are text, so
// their values are coerced ("50" → 50); bodies are JSON and are taken as sent, so a partner's
// `"green": null` or `"name": 123` is a 400, never silently turned into false or "123".
import { Ajv } from 'ajv'
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

// ajv-formats is CommonJS: from ESM its function may sit on .default.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin

function makeAjv (coerce: boolean) {
  const ajv = new Ajv({
    // Partners must learn of their typos: unknown properties fail validation, never vanish.
    removeAdditional: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    allErrors: true,
    strict: false
  })
  addFormats(ajv)
  return ajv
}

export const bodyAjv = makeAjv(false)
const textAjv = makeAjv(true)

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(schema)
