// All API keys (never their hashes), newest first.
// Scans the label on purpose: an admin listing of all keys (tens).
MATCH (k:ApiKey)
RETURN k
ORDER BY k.createdAt DESC, k.id
