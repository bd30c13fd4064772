// All API keys (never their hashes), newest first.
MATCH (k:ApiKey)
RETURN k
ORDER BY k.createdAt DESC, k.id
