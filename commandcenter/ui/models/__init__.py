"""Table models: thin `QAbstractTableModel` adapters over `station.state`, plus their proxies."""
