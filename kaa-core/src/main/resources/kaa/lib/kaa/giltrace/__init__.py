"""Draw a GIL trace as a timeline: ``kaa -m kaa.giltrace TRACE.json -o timeline.html``.

The trace is what ``-X giltrace=FILE`` writes (Chrome trace-event JSON, docs/gil-trace-format.md). The picture has
one lane per thread, time left to right, the thread running / waiting for the GIL / blocked in a blocking section in
three colours, drop requests and forced switches marked, and a table of totals per thread (docs/gil-timeline.md).

The modules: ``trace`` reads and checks the file, ``totals`` sums a time window per thread, ``draw`` makes the SVG,
``page`` the HTML page around it, ``__main__`` the command line. Plain Python over the standard library, so that the
same code runs under CPython 3.12 (the tests compare the two).
"""
