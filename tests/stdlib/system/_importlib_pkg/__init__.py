"""A package for importlib_tools.py."""
VALUE = 1
