// Stores a new API key: only the SHA-256 of the secret, never the secret itself.
CREATE (k:ApiKey {
  id: $id, name: $name, role: $role, source: $source, hash: $hash, prefix: $prefix,
  createdAt: datetime(), lastUsedAt: null, revokedAt: null
})
RETURN k
