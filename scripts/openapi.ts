// npm run openapi: writes openapi/openapi.json from the route schemas (a test fails when it drifts).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { formatOpenApi, generateOpenApi } from '../src/openapi.js'
import { openapiFile } from '../src/paths.js'

const doc = await generateOpenApi()
mkdirSync(dirname(openapiFile), { recursive: true })
writeFileSync(openapiFile, formatOpenApi(doc))
const paths = Object.keys(doc.paths as object).length
console.log(`wrote ${openapiFile} (${paths} paths)`)
