"""Stage 5, write: takes the files a build made.

Gives ``docs/`` swapped in at once (nothing half-written, nothing hand-written lost) and the
list of published URLs.
"""
