// How many links touch a node (a hard delete is refused while any remain).
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--() } AS links
