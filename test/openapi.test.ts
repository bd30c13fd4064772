// The committed OpenAPI document is valid OpenAPI 3 and is exactly what the code generates.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import SwaggerParser from '@apidevtools/swagger-parser'
import { formatOpenApi, generateOpenApi } from '../src/openapi.js'
import { openapiFile } from '../src/paths.js'

describe('openapi/openapi.json', () => {
  it('matches what the code generates (run `npm run openapi` after changing a route)', async () => {
    const generated = formatOpenApi(await generateOpenApi())
    const committed = readFileSync(openapiFile, 'utf8')
    expect(committed).toBe(generated)
  })

  it('validates as OpenAPI 3', async () => {
    const doc = JSON.parse(readFileSync(openapiFile, 'utf8'))
    expect(doc.openapi).toMatch(/^3\.1\./)
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined()
  })

  it('gives every operation a summary, tags and a 2xx response with an example', () => {
    const doc = JSON.parse(readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, { summary?: string, tags?: string[], responses?: Record<string, { content?: Record<string, { schema?: { examples?: unknown[] }, example?: unknown, examples?: unknown }> }> }>> }
    const missing: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.summary) missing.push(`${method.toUpperCase()} ${path}: summary`)
        if (!op.tags?.length) missing.push(`${method.toUpperCase()} ${path}: tags`)
        const ok = Object.entries(op.responses ?? {}).filter(([code]) => code.startsWith('2'))
        const hasExample = ok.some(([code, r]) => code === '204' || Object.values(r.content ?? {}).some((c) => c.example !== undefined || c.examples !== undefined || (c.schema?.examples?.length ?? 0) > 0))
        if (!hasExample) missing.push(`${method.toUpperCase()} ${path}: 2xx example`)
      }
    }
    expect(missing).toEqual([])
  })
})
