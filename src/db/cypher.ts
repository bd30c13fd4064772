// Every Cypher statement the service runs lives in a .cypher file under cypher/.
// Statements are read once, on first use, and addressed by their path without the extension:
// cypher('stakeholders/get') reads cypher/stakeholders/get.cypher.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cypherDir } from '../paths.js'

const cache = new Map<string, string>()

export function cypher (name: string): string {
  let text = cache.get(name)
  if (text === undefined) {
    text = stripHeader(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'))
    cache.set(name, text)
  }
  return text
}

/** Drops leading // comment lines (file headers); the statement itself is left untouched. */
export function stripHeader (text: string): string {
  const lines = text.split('\n')
  let i = 0
  while (i < lines.length && (lines[i]!.trim().startsWith('//') || lines[i]!.trim() === '')) i++
  return lines.slice(i).join('\n').trim()
}

/**
 * Splits a file of schema statements on semicolons that end a line. Good enough for schema files,
 * which hold no string literal with ';\n' in it; never used on user input.
 */
export function splitStatements (text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}
