// Stores the response of a finished request, to be replayed for the same key and payload.
MATCH (r:IdempotencyRecord {apiKeyId: $apiKeyId, key: $key})
SET r.state = 'done', r.status = $status, r.response = $response
