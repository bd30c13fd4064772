// The counter behind the change feed's seq (created once; MERGE keeps it idempotent).
MERGE (s:Sequence {name: 'changes'}) ON CREATE SET s.value = 0;
