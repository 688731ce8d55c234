package dev.kaa.runtime;

import dev.kaa.objects.Errors;
import dev.kaa.objects.PyMethod;
import dev.kaa.objects.PyObject;
import dev.kaa.objects.PyStr;
import dev.kaa.objects.PyTuple;

/**
 * {@code sys.audit} and {@code sys.addaudithook} (PEP 578): the standard library raises audit events (os.walk,
 * shutil.rmtree, subprocess.Popen...); each hook is called with the event's name and arguments. Kaa's own C-level
 * events (open, exec...) are not raised.
 */
final class SysAudit {
  private SysAudit() {}

  @PyMethod("audit") static void audit(PyModule self, PyObject event, @PyMethod.Star PyObject[] args) {
    if (!(event instanceof PyStr)) {
      throw Errors.typeError("expected str for argument 'event', not %s", event.type().name());
    }
    var hooks = self.interpreter.auditHooks;
    if (hooks.size() == 0) return;
    PyTuple arguments = PyTuple.of(args);
    for (PyObject hook : hooks.toArray()) hook.call(new PyObject[] {event, arguments}, 0, 2, null);
  }

  /** Adds a hook, after the hooks already there have been told of it (any of them may refuse by raising). */
  @PyMethod("addaudithook") static void addaudithook(PyModule self, PyObject hook) {
    audit(self, new PyStr("sys.addaudithook"), new PyObject[0]);
    self.interpreter.auditHooks.add(hook);
  }
}
