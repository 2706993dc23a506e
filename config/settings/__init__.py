"""Settings package: ``base`` holds everything; ``dev``, ``test`` and ``prod``
are small leaves that change only what differs (STYLE.md, convention 11)."""
