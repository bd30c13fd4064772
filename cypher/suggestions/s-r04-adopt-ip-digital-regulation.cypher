// @id s-r04-adopt-ip-digital-regulation
// @recommendation R04
// @title Adopt IP protection for e-business, learning from neighbours
// @description Countries with no national regulation protecting intellectual property in digital trade or
// e-commerce, with the neighbours (by land border, or through partnerships) that have one to learn from.
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope,
     {KH: ['LA', 'TH', 'VN'], LA: ['KH', 'MM', 'TH', 'VN'], MM: ['LA', 'TH'], TH: ['KH', 'LA', 'MM'], VN: ['KH', 'LA']} AS borders
UNWIND scope AS code
MATCH (c:Country {id: code})
WHERE NOT EXISTS {
  MATCH (r:Regulation)-[:APPLIES_TO]->(c)
  WHERE r.deletedAt IS NULL AND r.scope = 'national'
    AND 'ip' IN r.topics AND ('digital' IN r.topics OR 'ecommerce' IN r.topics)
    AND (r.year IS NULL OR r.year <= date().year)
}
// Neighbours: land borders, and countries the country's stakeholders partner with.
WITH c, coalesce(borders[c.id], []) + COLLECT {
  MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE s.deletedAt IS NULL
  MATCH (s)-[:PARTNERS_WITH]-(o:Stakeholder)
  WHERE o.deletedAt IS NULL
  MATCH (o)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country)
  WHERE k <> c
  RETURN DISTINCT k.id
} AS near
CALL (c) {
  MATCH (p:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE p.deletedAt IS NULL
    AND EXISTS { (p)-[:SUPPLIES]->(x:Stakeholder) WHERE x.deletedAt IS NULL AND 'digital-platform' IN coalesce(x.tags, []) }
  RETURN count(DISTINCT p) AS online
}
CALL (c, near) {
  OPTIONAL MATCH (r:Regulation)-[:APPLIES_TO]->(k:Country)
  WHERE k.id IN near AND r.deletedAt IS NULL AND r.scope = 'national'
    AND 'ip' IN r.topics AND ('digital' IN r.topics OR 'ecommerce' IN r.topics)
    AND (r.year IS NULL OR r.year <= date().year)
  WITH r, k ORDER BY k.id, r.year DESC, r.id
  RETURN collect(r) AS models, collect(DISTINCT k.id) AS withOne
}
RETURN 'Adopt a national regulation protecting intellectual property in digital trade and e-commerce in ' + c.name +
       CASE WHEN size(models) = 0 THEN '' ELSE ', drawing on ' + models[0].title END AS action,
       'no national regulation in ' + c.name + ' covers ip together with digital or ecommerce; ' + online +
       ' creative producers sell through digital platforms; ' +
       CASE WHEN size(withOne) = 0 THEN 'no neighbour has one either'
            ELSE 'neighbours with one: ' + reduce(t = '', k IN withOne | t + CASE WHEN t = '' THEN '' ELSE ', ' END + k) END AS reason,
       [c.id] + [r IN models | r.id][..3] AS ids
ORDER BY online DESC, c.id
LIMIT $limit
