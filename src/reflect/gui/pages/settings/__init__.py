"""Settings: appearance, language, auto-lock, the passphrase, the watch list and backups."""
