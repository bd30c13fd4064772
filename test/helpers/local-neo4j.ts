// Starts and stops private instances of the project's local Neo4j runtime (neo4j/neo4j.sh) for tests:
// each with its own home folder and Bolt port, so tests never touch a developer's data.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { projectRoot } from '../../src/paths.js'

export const TEST_PASSWORD = 'cci-atlas-test'

export interface LocalInstance { home: string, port: number, uri: string }

export function localInstance (name: string, port: number): LocalInstance {
  return { home: join(projectRoot, 'neo4j', `run-${name}`), port, uri: `bolt://127.0.0.1:${port}` }
}

export function neo4jScript (instance: LocalInstance, command: 'start' | 'stop' | 'status' | 'reset'): { status: number, output: string } {
  const result = spawnSync('bash', [join(projectRoot, 'neo4j', 'neo4j.sh'), command], {
    env: {
      ...process.env,
      NEO4J_HOME_DIR: instance.home,
      NEO4J_BOLT_PORT: String(instance.port),
      NEO4J_PASSWORD: TEST_PASSWORD,
      NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '512m',
      NEO4J_PAGECACHE: '128m'
    },
    encoding: 'utf8'
  })
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` }
}

export function hasJava (): boolean {
  return spawnSync('java', ['-version']).status === 0
}
