x = 1; y = None + x
# A file starting with a UTF-8 BOM: CPython shows line 1 with the BOM (U+FEFF) and its markers shifted by it
