// @id s-r11-green-investment-targets
// @recommendation R11
// @title Point investors to green creative businesses
// @description Investors active in the country with no green investment there, each with a producer of green
// products (a creative producer or CCI organisation) that has
// no investor yet.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
// The three best green targets, once per country (not once per investor).
CALL (c) {
  MATCH (p:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE (p:CreativeProducer OR p:CCIOrganisation) AND p.deletedAt IS NULL AND NOT EXISTS { (:Investor)-[:INVESTS_IN]->(p) }
  MATCH (p)-[:PRODUCES]->(g:Product)
  WHERE g.deletedAt IS NULL AND g.green = true
  WITH p, collect(DISTINCT g) AS greens
  ORDER BY size(greens) DESC, p.name, p.id
  RETURN collect({p: p, g: greens[0], n: size(greens)})[..3] AS targets
}
WITH c, targets WHERE size(targets) > 0
CALL (c) {
  MATCH (v:Investor)-[i:INVESTS_IN]->(s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE v.deletedAt IS NULL AND s.deletedAt IS NULL
  WITH DISTINCT v, i
  WITH v, count(i) AS deals, sum(coalesce(i.amountUsd, 0)) AS amount, sum(CASE WHEN i.green = true THEN 1 ELSE 0 END) AS green
  WHERE green = 0
  RETURN v, deals, amount
}
UNWIND targets AS t
RETURN 'Direct ' + v.name + '\'s next investment to ' + t.p.name + ', which makes ' + t.g.name AS action,
       v.name + ' has ' + deals + ' investments in ' + c.name + ' (USD ' + toString(toInteger(amount)) + '), none green; ' +
       t.p.name + ' makes ' + t.n + ' green products and has no investor' AS reason,
       [v.id, t.p.id, t.g.id] AS ids
ORDER BY amount DESC, v.name, t.n DESC, t.p.name, t.p.id
LIMIT $limit
