// @name green-investment
// @title Green investment into CCI stakeholders per country
// @description Investment links (INVESTS_IN) into stakeholders of each country: how many, how much,
// and the green share of both — recommendation R11.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @example {}
// @note Scans Country (a handful) on purpose.
MATCH (c:Country)
WHERE ($country IS NULL AND c.id IN ['KH', 'LA', 'MM', 'TH', 'VN']) OR c.id = $country
CALL (c) {
  OPTIONAL MATCH (:Investor)-[i:INVESTS_IN]->(s:Stakeholder)
  WHERE s.deletedAt IS NULL
    AND (EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } OR EXISTS { (s)-[:LOCATED_IN]->(c) })
  RETURN count(i) AS links, sum(CASE WHEN i.green THEN 1 ELSE 0 END) AS greenLinks,
         sum(coalesce(i.amountUsd, 0)) AS amountUsd, sum(CASE WHEN i.green THEN coalesce(i.amountUsd, 0) ELSE 0 END) AS greenAmountUsd
}
RETURN c.id AS country, links, greenLinks, amountUsd, greenAmountUsd,
       CASE WHEN amountUsd = 0 THEN null ELSE round(toFloat(greenAmountUsd) / amountUsd, 3) END AS greenShareOfAmount
ORDER BY country
