"""Stage 6, after MkDocs: takes the ``docs/`` the generator wrote and the ``site/`` MkDocs built.

Gives the Markdown extension MkDocs loads, and the check of every link and footnote of the built site.
"""
