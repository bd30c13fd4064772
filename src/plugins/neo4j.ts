// Decorates the app with `db`: the one Database (driver + database name) the modules use.
// The driver is closed when the app closes, unless the caller lent us one (tests share a driver).
import fp from 'fastify-plugin'
import type { Driver } from 'neo4j-driver'
import type { FastifyInstance } from 'fastify'
import { Database, createDriver } from '../db/database.js'
import type { Config } from '../config.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
  }
}

export interface Neo4jPluginOptions {
  config: Config
  driver?: Driver
}

async function neo4jPlugin (app: FastifyInstance, options: Neo4jPluginOptions) {
  const { neo4j } = options.config
  const owned = options.driver === undefined
  const driver = options.driver ?? createDriver(neo4j.uri, neo4j.user, neo4j.password)
  const db = new Database(driver, neo4j.database, options.config.queryTimeoutMs)
  app.decorate('db', db)
  app.addHook('onClose', async () => {
    db.dispose()
    if (owned) await driver.close()
  })
}

export default fp(neo4jPlugin, { name: 'neo4j' })
