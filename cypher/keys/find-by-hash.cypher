// The key presented by a caller, by the hash of its secret (unique index).
MATCH (k:ApiKey {hash: $hash})
RETURN k
