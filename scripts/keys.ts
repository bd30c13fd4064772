// npm run keys -- create --role admin --name ops [--source S] | list | revoke <id>
// Talks to the configured Neo4j directly, so the first admin key can be made before any exists.
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { ROLES, type Role } from '../src/http/route-config.js'
import { createKey, listKeys, revokeKey } from '../src/modules/keys/service.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' }, source: { type: 'string' } }
})
const [command, arg] = positionals
const usage = 'usage: npm run keys -- create --role <reader|analyst|editor|partner|admin> --name <name> [--source <partner source>] | list | revoke <id>'

const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
const db = new Database(driver, config.neo4j.database, 30_000)
try {
  await migrate(db)
  if (command === 'create') {
    const role = values.role as Role | undefined
    if (role === undefined || !ROLES.includes(role) || values.name === undefined) throw new Error(usage)
    if ((role === 'partner') !== (values.source !== undefined)) throw new Error('--source is required for partner keys and only for them')
    const { key, record } = await createKey(db, { name: values.name, role, source: values.source ?? null })
    console.log(`created ${record.role} key ${record.id} (${record.name}${record.source ? `, source ${record.source}` : ''})`)
    console.log('the key (shown only now; send it as "Authorization: Bearer <key>"):')
    console.log(key)
  } else if (command === 'list') {
    for (const k of await listKeys(db)) {
      console.log(`${k.id}  ${k.role.padEnd(8)} ${k.prefix}…  ${k.name}${k.source ? ` [${k.source}]` : ''}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}`)
    }
  } else if (command === 'revoke' && arg !== undefined) {
    const k = await revokeKey(db, arg)
    console.log(`revoked ${k.id} (${k.name}) at ${k.revokedAt}`)
  } else {
    throw new Error(usage)
  }
} catch (err) {
  console.error(`keys: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await driver.close()
}
