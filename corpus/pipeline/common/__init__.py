"""Ideas every pipeline step shares, each defined once: scripts, sentence ends,
speaker labels, speech verbs, case-insensitive phrase search, word statistics."""
