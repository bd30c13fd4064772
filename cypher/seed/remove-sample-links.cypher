// Removes sample links between reference nodes (a relationship scan: a maintenance command only).
MATCH ()-[r]->() WHERE r.sample = true
CALL (r) { DELETE r } IN TRANSACTIONS OF 1000 ROWS
