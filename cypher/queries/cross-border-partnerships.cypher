// @name cross-border-partnerships
// @title Cross-border partnerships per country pair
// @description PARTNERS_WITH links between stakeholders located in different countries, counted per
// (unordered) country pair: the regional dialogue and cooperation of recommendation R10.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null, "description": "only pairs involving this country"}
// @example {}
MATCH (a:Stakeholder)-[r:PARTNERS_WITH]->(b:Stakeholder)
WHERE a.deletedAt IS NULL AND b.deletedAt IS NULL
CALL (a) { MATCH (a)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country) RETURN c.id AS ca UNION MATCH (a)-[:LOCATED_IN]->(c:Country) RETURN c.id AS ca }
CALL (b) { MATCH (b)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country) RETURN c.id AS cb UNION MATCH (b)-[:LOCATED_IN]->(c:Country) RETURN c.id AS cb }
WITH r, ca, cb WHERE ca <> cb AND ($country IS NULL OR $country IN [ca, cb])
WITH CASE WHEN ca < cb THEN ca ELSE cb END AS first, CASE WHEN ca < cb THEN cb ELSE ca END AS second, count(DISTINCT r) AS partnerships
RETURN first, second, partnerships
ORDER BY partnerships DESC, first, second
