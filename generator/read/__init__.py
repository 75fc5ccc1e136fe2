"""Stage 1, read: takes the files in ``seeds/`` (articles, sidecars, register, glossary, redirects).

Gives validated, typed records (``Article``, ``Register``, ``Term``); bad input stops here,
with the file and line.
"""
