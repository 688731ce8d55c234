package dev.kaa.compile;

import dev.kaa.ast.AstDump;
import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.TokenDump;
import dev.kaa.parse.Warnings;
import java.nio.charset.StandardCharsets;

/**
 * Kaa's side of the front-end parity checks: each stage's outcome for one file, in the format of
 * {@code frontend-oracle.py} ("ok" and a digest of the text, or "error" and the exception's fields), so that comparing
 * with CPython is comparing strings. Anything but a {@link CompileError} escaping Kaa is a "crash" outcome, which never
 * matches.
 */
final class FrontEndStages {
  private FrontEndStages() {}

  /** The outcome of {@code stage} (one of {@link FrontEndOracle#STAGES}) for {@code source} read from {@code path}. */
  static String outcome(String stage, byte[] source, String path) {
    try {
      return switch (stage) {
        case "tokens" -> tokens(source, path);
        case "ast" -> ok(text(stage, source, path));
        case "compile" -> {
          FrontEnd.compile(source, path, Mode.EXEC, Warnings.IGNORE);
          yield "ok";
        }
        case "warnings" -> ok(text(stage, source, path));
        default -> throw new IllegalArgumentException(stage);
      };
    } catch (CompileError e) {
      return error(e);
    } catch (RuntimeException | StackOverflowError e) {
      return "crash\t" + e + where(e);
    }
  }

  /** The full text a stage's digest is taken of (tokens, ast or warnings); may throw CompileError. */
  static String text(String stage, byte[] source, String path) {
    return switch (stage) {
      case "tokens" -> String.join("\n", TokenDump.dump(source, path)) + "\n";
      case "ast" -> AstDump.dump(FrontEnd.parse(source, "<unknown>", Mode.EXEC, Warnings.IGNORE));
      case "warnings" -> {
        StringBuilder seen = new StringBuilder();
        try {
          FrontEnd.compile(source, path, Mode.EXEC,
              (category, message, filename, lineno, offset, endLineno, endOffset) ->
                  seen.append(category).append(':').append(lineno).append(": ").append(message).append('\n'));
        } catch (CompileError e) {
          // CPython's record keeps the warnings reported before the error too
        }
        yield seen.toString();
      }
      default -> throw new IllegalArgumentException(stage);
    };
  }

  private static String tokens(byte[] source, String path) {
    try {
      return ok(text("tokens", source, path));
    } catch (CompileError e) {
      return "error\t" + escape(TokenDump.errorLine(e, path).replace(path, "<file>"));
    }
  }

  /** " at Class.method(File:line)" for the innermost frame of Kaa's own code, to find a crash from the report. */
  private static String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.kaa.")) return " at " + frame;
    }
    return "";
  }

  private static String ok(String text) {
    return "ok\t" + FrontEndOracle.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The oracle's "error" outcome: type, lineno, offset, end_lineno, end_offset, msg. */
  static String error(CompileError e) {
    return String.join("\t", "error", e.kind.name(), Integer.toString(e.lineno), Integer.toString(e.offset),
        Integer.toString(e.endLineno), Integer.toString(e.endOffset), escape(e.msg == null ? "" : e.msg));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
