// Assertions and waits shared by the test files.
import { expect } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'

export type ProblemBody = Record<string, unknown> & { type: string, detail: string, errors?: { in?: string, pointer: string, message: string }[], allowed?: string[] }

/** Asserts an RFC 9457 problem+json answer with this status and returns its body. */
export function problem (res: LightMyRequestResponse, status: number): ProblemBody {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = res.json()
  expect(body.status).toBe(status)
  expect(typeof body.type).toBe('string')
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  return body
}

/** Polls until the check passes; returns how long it took. */
export async function until (check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return Date.now() - started
}

/** POSTs a record that a test's fixture needs; anything but 201 stops the setup with the answer. */
export async function create (app: { inject: (o: { method: 'POST', url: string, payload: object }) => Promise<LightMyRequestResponse> }, url: string, payload: object): Promise<void> {
  const res = await app.inject({ method: 'POST', url, payload })
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
}
