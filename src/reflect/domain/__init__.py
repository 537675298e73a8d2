"""Plain data and rules of the journal. No Qt, no SQL, no I/O."""
