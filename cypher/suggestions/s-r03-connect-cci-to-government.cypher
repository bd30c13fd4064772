// @id s-r03-connect-cci-to-government
// @recommendation R03
// @title Bring isolated CCI organisations into dialogue with government
// @description CCI organisations with no government body within two hops (partnership, membership or
// programme), each with the government bodies of its province (or of its country when its province has none).
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  MATCH (s:CCIOrganisation)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  UNION
  MATCH (s:CCIOrganisation)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
}
WITH s WHERE NOT EXISTS {
  MATCH (s) ((a)-[:PARTNERS_WITH|MEMBER_OF|RUNS|SUPPORTS]-(b) WHERE b.deletedAt IS NULL){1,2} (g:Government)
}
OPTIONAL MATCH (s)-[:LOCATED_IN]->(pr:Province)
WITH s, pr,
     COLLECT { MATCH (g:Government)-[:LOCATED_IN]->(pr) WHERE g.deletedAt IS NULL RETURN g ORDER BY g.name LIMIT 3 } AS local,
     COLLECT { MATCH (s)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) RETURN k UNION MATCH (s)-[:LOCATED_IN]->(k:Country) RETURN k } AS countries
WITH s, pr, local, countries,
     CASE WHEN size(local) > 0 THEN local
          ELSE COLLECT { UNWIND countries AS k
                         MATCH (g:Government)-[:LOCATED_IN]->(:Province)-[:IN]->(k) WHERE g.deletedAt IS NULL
                         RETURN g ORDER BY g.name LIMIT 3 } END AS govs
WHERE size(govs) > 0
RETURN 'Bring ' + s.name + ' into dialogue with ' + reduce(t = '', g IN govs | t + CASE WHEN t = '' THEN '' ELSE ', ' END + g.name) AS action,
       'no government body within two hops (partnership, membership or programme); ' +
       CASE WHEN size(local) > 0 THEN 'these government bodies sit in the same province (' + pr.name + ')'
            ELSE 'no government body in its province, these are national ones' END AS reason,
       [s.id] + [g IN govs | g.id] AS ids
ORDER BY size(local) > 0 DESC, s.name, s.id
LIMIT $limit
