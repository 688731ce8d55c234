package dev.kaa.runtime;

import dev.kaa.interp.PyTraceback;
import dev.kaa.objects.ExceptionTypes;
import dev.kaa.objects.PyBaseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides the import system's own frames from the traceback of a failed import, as CPython does: a run of importlib
 * frames that ends in {@code _call_with_frames_removed} (the call into the module's own code) is cut, and for an
 * ImportError every importlib frame is, so that the user sees their import and the module that failed.
 */
final class ImportlibFrames {
  private ImportlibFrames() {}

  private static final String CUT_AT = "_call_with_frames_removed";

  static void remove(PyBaseException e) {
    if (!(e.traceback instanceof PyTraceback first)) return;
    boolean alwaysCut = e.type().isSubtypeOf(ExceptionTypes.ImportError);
    List<PyTraceback> kept = new ArrayList<>();
    int runStart = 0;
    boolean inImportlib = false;
    for (PyTraceback tb = first; tb != null; tb = tb.next) {
      boolean now = isImportlib(tb.frame.code().filename);
      if (now && !inImportlib) runStart = kept.size();
      inImportlib = now;
      if (inImportlib && (alwaysCut || tb.frame.code().name.equals(CUT_AT))) {
        kept.subList(runStart, kept.size()).clear();  // the run so far goes, this entry with it
      } else {
        kept.add(tb);
      }
    }
    for (int i = 0; i < kept.size(); i++) kept.get(i).next = i + 1 < kept.size() ? kept.get(i + 1) : null;
    e.traceback = kept.isEmpty() ? null : kept.get(0);
  }

  private static boolean isImportlib(String filename) {
    return filename.startsWith("<frozen importlib._bootstrap") && filename.endsWith(">")
        && ImportlibBootstrap.FROZEN_NAMES.containsValue(filename.substring(8, filename.length() - 1));
  }
}
