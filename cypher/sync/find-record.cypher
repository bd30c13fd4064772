// One partner record by (source, externalId), whatever its label.
MATCH (x:ExternalRef {source: $source, externalId: $externalId})<-[:KNOWN_AS]-(n:Entity)
WHERE $label IN labels(n)
RETURN n
