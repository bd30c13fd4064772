// @name regulation-coverage
// @title National regulation coverage by topic
// @description For each country, the national regulations applying to it per topic (ip, digital,
// ecommerce, tourism, culture, ...): where the regulatory framework is thin.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @example {}
// @note Scans Country (a handful) on purpose.
MATCH (c:Country)
WHERE ($country IS NULL AND c.id IN ['KH', 'LA', 'MM', 'TH', 'VN']) OR c.id = $country
UNWIND ['ip', 'digital', 'ecommerce', 'tourism', 'culture', 'heritage', 'green', 'education', 'trade', 'investment', 'infrastructure'] AS topic
CALL (c, topic) {
  OPTIONAL MATCH (r:Regulation)-[:APPLIES_TO]->(c)
  WHERE r.deletedAt IS NULL AND r.scope = 'national' AND topic IN r.topics
  RETURN collect(r.id) AS regulations
}
RETURN c.id AS country, topic, size(regulations) AS count, regulations
ORDER BY country, topic
