// Configuration: defaults, and a bad value stops the start with one clear line and exit code 1.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'
import { projectRoot } from '../src/paths.js'

describe('configuration', () => {
  it('defaults to the embedded local runtime on port 3000', () => {
    const config = loadConfig({})
    expect(config.port).toBe(3000)
    expect(config.neo4j.embedded).toBe(true)
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687')
  })

  it('uses NEO4J_URI when set and starts nothing', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db.internal:7687' })
    expect(config.neo4j.embedded).toBe(false)
    expect(config.neo4j.uri).toBe('neo4j://db.internal:7687')
  })

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/)
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/)
  })

  it('exits 1 with one line and no stack trace when the server is started with a bad value', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'server.ts')], {
      env: { ...process.env, PORT: '99999', NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: 20_000
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^cci-atlas: invalid environment variable PORT="99999"/)
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })
})
