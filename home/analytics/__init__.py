"""View statistics: beacons from readers' browsers → counters → daily tables.

`counters` holds the storage backends (chosen in settings), `storage` the upsert into
the daily tables, `stats` the read side ("most viewed", visit statistics).
"""
