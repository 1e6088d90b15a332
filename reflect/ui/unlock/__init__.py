"""Getting in: welcome, create, unlock, recover, the recovery key, and locking again."""
