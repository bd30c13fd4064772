// Housekeeping: forget expired idempotency records, a bounded batch at a time.
MATCH (r:IdempotencyRecord) WHERE r.expiresAt < datetime()
WITH r LIMIT 1000
DELETE r
