// Records when a key was last used (throttled by the caller to about once a minute).
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()
