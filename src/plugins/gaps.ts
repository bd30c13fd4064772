// Loads the gap-analysis indicator and suggestion files at start (INDICATORS_DIR, SUGGESTIONS_DIR).
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { loadGapRegistry } from '../modules/gaps/registry.js'

async function gapsPlugin (app: FastifyInstance, options: { indicatorsDir: string, suggestionsDir: string }) {
  app.decorate('gapRegistry', loadGapRegistry(options.indicatorsDir, options.suggestionsDir))
}

export default fp(gapsPlugin, { name: 'gaps' })
