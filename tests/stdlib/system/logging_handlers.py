"""logging: levels, formatters, handlers writing to stdout, logger hierarchy, filters, exceptions, LoggerAdapter."""
import logging
import sys

fmt = logging.Formatter("%(levelname)-8s %(name)s: %(message)s")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(fmt)
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.INFO)

log = logging.getLogger("app")
log.debug("hidden")
log.info("starting %s with %d workers", "server", 4)
log.warning("disk at %.1f%%", 91.25)
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
db.debug("query took %dms", 12)
print(db.parent.name, db.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30))

class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR

quiet = logging.getLogger("quiet")
quiet.addFilter(OnlyErrors())
quiet.warning("filtered out")
quiet.error("kept")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math failed")
adapter = logging.LoggerAdapter(log, {"request": "r-42"})
adapter.info("handled")
handler.setFormatter(logging.Formatter("[%(request)s] %(message)s", defaults={"request": "-"}))
log.info("with defaults")
adapter.info("with extra", extra={"request": "r-43"})
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.critical("back on")
print(logging.getLogger("app") is log, [h.__class__.__name__ for h in root.handlers])
logging.shutdown()
