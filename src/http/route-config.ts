// What every route declares in its `config`: who may call it. The auth plugin enforces it and a
// test walks the route table to prove that no route forgot.
export const ROLES = ['reader', 'analyst', 'editor', 'partner', 'admin'] as const
export type Role = typeof ROLES[number]
export type RouteAccess = Role | 'public'

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAccess
  }
}
