// docs/data-model.md is generated from the code's tables; it must be current and complete.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDictionary } from '../src/domain/data-dictionary.js'
import { REL_TYPES, STAKEHOLDER_KINDS } from '../src/domain/model.js'
import { projectRoot } from '../src/paths.js'

describe('docs/data-model.md', () => {
  const committed = readFileSync(join(projectRoot, 'docs', 'data-model.md'), 'utf8')

  it('is what `npm run docs:model` generates from the code', () => {
    expect(committed).toBe(dataDictionary())
  })

  it('names every relationship type, every stakeholder kind, and has a diagram', () => {
    for (const type of REL_TYPES) expect(committed).toContain(`| \`${type}\` |`)
    for (const kind of STAKEHOLDER_KINDS) expect(committed).toContain(`\`${kind}\``)
    expect(committed).toContain('```mermaid')
    expect(committed).toContain('`(Investor)-[:INVESTS_IN]->(Stakeholder)`')
  })
})
