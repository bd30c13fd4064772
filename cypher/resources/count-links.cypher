// How many links point AT a node: a hard delete is refused while anything depends on it
// (its own outgoing links, e.g. a province's IN, go with it).
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)<--() } AS links
