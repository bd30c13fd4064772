// The request failed before it finished: release the key so the client can retry.
MATCH (r:IdempotencyRecord {apiKeyId: $apiKeyId, key: $key})
WHERE r.state = 'running'
DELETE r
