// The brief's 12 recommendations in order (the rows of every gap report).
// Scans the label on purpose: 12 nodes.
MATCH (r:Recommendation)
RETURN r.id AS id, r.title AS title, r.text AS text
ORDER BY r.order
