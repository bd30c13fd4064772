// API keys are looked up by the hash of the presented key; ids name them in the admin API.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
// The change feed: one Change per write, numbered by a single counter taken in the writing
// transaction, so seq order is commit order.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE;
CREATE RANGE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityId);
// Idempotency records of sync requests, scoped to the calling key.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (r:IdempotencyRecord) REQUIRE (r.apiKeyId, r.key) IS UNIQUE;
CREATE RANGE INDEX idempotency_expiry IF NOT EXISTS FOR (r:IdempotencyRecord) ON (r.expiresAt);
