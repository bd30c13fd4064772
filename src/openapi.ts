// The OpenAPI document as the code generates it, independent of where the server runs:
// servers[] names the default local URL so the committed file is stable.
import { buildApp } from './app.js'
import { loadConfig } from './config.js'

export async function generateOpenApi (): Promise<Record<string, unknown>> {
  // The driver connects lazily, so no database is needed to describe the API.
  const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000' })
  const app = await buildApp({ config })
  try {
    await app.ready()
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>
  } finally {
    await app.close()
  }
}

export function formatOpenApi (doc: Record<string, unknown>): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}
