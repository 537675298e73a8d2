"""The encrypted journal file: connection, schema and queries. No Qt here."""
