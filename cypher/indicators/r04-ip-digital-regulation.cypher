// @id r04-ip-digital-regulation
// @recommendation R04
// @title IP protection for the digital economy
// @description Whether a national law, decree or policy in force protects intellectual property in
// digital trade or e-commerce; for the region, whether every country has one.
// @unit boolean
// @target 1
// @direction higher-is-better
// @evidence the national regulations with topic ip and topic digital or ecommerce (numerator: countries
// that have one, denominator: countries judged)
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
WITH c, COLLECT {
  MATCH (r:Regulation)-[:APPLIES_TO]->(c)
  WHERE r.deletedAt IS NULL AND r.scope = 'national'
    AND 'ip' IN r.topics AND ('digital' IN r.topics OR 'ecommerce' IN r.topics)
    AND (r.year IS NULL OR r.year <= date().year)
  RETURN r.id ORDER BY r.id
} AS regulations
WITH count(CASE WHEN size(regulations) > 0 THEN 1 END) AS numerator, count(c) AS denominator,
     reduce(acc = [], rs IN collect(regulations) | acc + rs) AS regulations
RETURN CASE WHEN denominator = 0 THEN null ELSE numerator = denominator END AS value,
       numerator, denominator, regulations[..$evidenceLimit] AS evidence
