"""Statistics over many cases (the implementation of :mod:`foilib.statistics`)."""
