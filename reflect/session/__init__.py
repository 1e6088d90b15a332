"""The journal session: the one object that holds the open journal and answers every port.

It sits above the user interface and below `app.py`: the pages know only their feature's
`port.py` (a Protocol) and the `JournalChanges` signals; the session implements those ports
over the storage and exchange layers and, after each operation it performs, emits what
changed. Nothing under `reflect.ui` imports this package or `reflect.storage`.
"""
