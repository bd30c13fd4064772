// Removes every node of the sample ecosystem with its links, in batches.
MATCH (n:Entity) WHERE n.sample = true
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
