// Claims an Idempotency-Key for the calling API key. A new key, an expired one, or one whose first
// request died while running (older than $staleSeconds) is (re)claimed as running; otherwise the
// stored state is returned for the caller to replay, refuse (409) or reject (422).
MERGE (r:IdempotencyRecord {apiKeyId: $apiKeyId, key: $key})
  ON CREATE SET r.state = 'new'
WITH r, r.state = 'new'
        OR r.expiresAt < datetime()
        OR (r.state = 'running' AND r.createdAt < datetime() - duration({seconds: $staleSeconds})) AS claim
CALL (r, claim) {
  WITH r WHERE claim
  SET r.state = 'running', r.requestHash = $requestHash, r.createdAt = datetime(),
      r.expiresAt = datetime() + duration({seconds: $ttlSeconds}), r.status = null, r.response = null
}
RETURN claim, r.state AS state, r.requestHash AS requestHash, r.status AS status, r.response AS response
