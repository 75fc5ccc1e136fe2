"""Stage 4, site: takes the resolved ``Graph``, site-wide values (``SiteValues``) and the redirects.

Gives every output file as bytes (``output.render_site``), in one pass: Markdown pages
rendered from ``templates/`` (one module per page kind in ``pages/``), redirect pages, the
JSON export, assets.
"""
