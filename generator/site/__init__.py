"""Stage 4, site: takes the resolved ``Graph`` and site-wide values.

Gives every output file as bytes: Markdown pages rendered from ``templates/``, the JSON export, assets.
"""
