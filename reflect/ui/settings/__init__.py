"""Settings: locking, backups, passphrase, recovery key, exchange and words never to share."""
