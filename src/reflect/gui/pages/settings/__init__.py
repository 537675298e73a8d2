"""Settings: appearance, language, auto-lock, the reminder, the passphrase, the watch list and backups."""
