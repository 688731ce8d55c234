"""Kaa's own tools, written in Python (run them with ``kaa -m kaa.NAME``).

giltrace -- draw a GIL trace (``-X giltrace=FILE``) as a timeline of thread lanes.
"""
