// npm run docs:model: writes docs/data-model.md from the code's tables.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataDictionary } from '../src/domain/data-dictionary.js'
import { projectRoot } from '../src/paths.js'

mkdirSync(join(projectRoot, 'docs'), { recursive: true })
writeFileSync(join(projectRoot, 'docs', 'data-model.md'), dataDictionary())
console.log('wrote docs/data-model.md')
