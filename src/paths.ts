// Locates the project's own folders (cypher/, data/, openapi/) whether the code runs from src/ via
// tsx or from dist/src/ after a build: walk up to the folder that holds package.json.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findProjectRoot (start: string): string {
  let dir = start
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no package.json above ${start}`)
    dir = parent
  }
  return dir
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)))
export const cypherDir = join(projectRoot, 'cypher')
export const dataDir = join(projectRoot, 'data')
export const openapiFile = join(projectRoot, 'openapi', 'openapi.json')
