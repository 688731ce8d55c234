# CPython's side of the front-end parity checks (run by python3.12; used by scripts/frontend-parity and the JUnit tests).
#
#   frontend-oracle.py cache DIR        reads file paths from stdin; for each file not yet cached, writes DIR/<sha256 of
#                                       its bytes> with one line per stage (see outcome()); prints "done N"
#   frontend-oracle.py show STAGE FILE  prints the full text a stage's digest was taken of (tokens, ast, warnings)
#   frontend-oracle.py compile-stdin    reads sources framed as "<byte count>\n<bytes>", answers one compile outcome line each
#
# Stages: "tokens" is `python -m tokenize -e FILE` (stdout, or its error line with the file name replaced by <file>);
# "ast" is ast.dump(ast.parse(bytes), include_attributes=True); "compile" is compile(bytes, FILE, 'exec');
# "warnings" lists the warnings that compile() reports. Each line: stage, then "ok <sha256 of text>" or
# "error <Type> <lineno> <offset> <end_lineno> <end_offset> <msg>", tab-separated, with \\, \t, \n escaped in msg.
import ast
import hashlib
import io
import os
import sys
import tokenize
import warnings


def escape(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def digest(text):
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def error_outcome(e):
    if isinstance(e, SyntaxError):
        fields = [e.lineno, e.offset, e.end_lineno, e.end_offset]
        msg = e.msg
    else:
        fields = [None] * 4
        msg = str(e)
    return '\t'.join(['error', type(e).__name__] + [str(f or 0) for f in fields] + [escape(msg or '')])


def tokens_text(path):
    """What `python -m tokenize -e path` prints: stdout, or the error line (file name replaced by <file>)."""
    out = io.StringIO()
    try:
        with open(path, 'rb') as f:
            toks = list(tokenize.tokenize(f.readline))
        for t in toks:
            span = "%d,%d-%d,%d:" % (t.start + t.end)
            out.write("%-20s%-15s%-15r\n" % (span, tokenize.tok_name[t.exact_type], t.string))
        return True, out.getvalue()
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return False, "<file>:%d:%d: error: %s" % (line, column, err.args[0])
    except tokenize.TokenError as err:
        line, column = err.args[1]
        return False, "<file>:%d:%d: error: %s" % (line, column, err.args[0])
    except SyntaxError as err:
        return False, ("<file>: error: %s" % err).replace(path, '<file>')


def ast_text(data):
    return ast.dump(ast.parse(data), include_attributes=True)


def warnings_text(data, path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(data, path, 'exec')
        except Exception:
            pass
    return ''.join('%s:%s: %s\n' % (w.category.__name__, w.lineno, w.message) for w in caught)


def outcome(stage, data, path):
    try:
        if stage == 'tokens':
            ok, text = tokens_text(path)
            return 'ok\t' + digest(text) if ok else 'error\t' + escape(text)
        if stage == 'ast':
            return 'ok\t' + digest(ast_text(data))
        if stage == 'compile':
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(data, path, 'exec')
            return 'ok'
        if stage == 'warnings':
            return 'ok\t' + digest(warnings_text(data, path))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return error_outcome(e)
    raise ValueError('unknown stage ' + stage)


STAGES = ('tokens', 'ast', 'compile', 'warnings')


def cache(directory):
    os.makedirs(directory, exist_ok=True)
    done = 0
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        with open(path, 'rb') as f:
            data = f.read()
        target = os.path.join(directory, hashlib.sha256(data).hexdigest())
        if not os.path.exists(target):
            record = ''.join('%s\t%s\n' % (s, outcome(s, data, path)) for s in STAGES)
            with open(target + '.tmp', 'w', encoding='utf-8') as f:
                f.write(record)
            os.replace(target + '.tmp', target)
        done += 1
    print('done', done)


def show(stage, path):
    with open(path, 'rb') as f:
        data = f.read()
    if stage == 'tokens':
        text = tokens_text(path)[1]
    elif stage == 'ast':
        text = ast_text(data)
    else:
        text = warnings_text(data, path)
    sys.stdout.write(text)


def compile_stdin():
    stdin = sys.stdin.buffer
    while True:
        header = stdin.readline()
        if not header:
            break
        data = stdin.read(int(header))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                compile(data, '<fuzz>', 'exec')
            answer = 'ok'
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            answer = error_outcome(e)
        sys.stdout.write(answer + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    command = sys.argv[1]
    if command == 'cache':
        cache(sys.argv[2])
    elif command == 'show':
        show(sys.argv[2], sys.argv[3])
    elif command == 'compile-stdin':
        compile_stdin()
    else:
        sys.exit('unknown command ' + command)
