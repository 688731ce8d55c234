# _posixsubprocess.fork_exec as subprocess.py calls it: pipes to the child, the error pipe, waitpid's status.
import _posixsubprocess
import posix


def executables(name):
    if b'/' in name:
        return (name,)
    return tuple(d + b'/' + name for d in posix.environ[b'PATH'].split(b':'))


def run(args, data=b'', cwd=None, env=None, merge=False):
    p2cread, p2cwrite = posix.pipe()
    c2pread, c2pwrite = posix.pipe()
    errread, errwrite = (-1, c2pwrite) if merge else posix.pipe()
    errpipe_read, errpipe_write = posix.pipe()
    pid = _posixsubprocess.fork_exec(
        args, executables(args[0].encode()), True, (errpipe_write,), cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
        False, False, -1, None, None, None, -1, None, True)
    posix.close(errpipe_write)
    posix.close(p2cread)
    posix.close(c2pwrite)
    if not merge:
        posix.close(errwrite)
    report = posix.read(errpipe_read, 50000)
    posix.close(errpipe_read)
    if data:
        posix.write(p2cwrite, data)
    posix.close(p2cwrite)
    out = b''
    while chunk := posix.read(c2pread, 65536):
        out += chunk
    err = b''
    if not merge:
        while chunk := posix.read(errread, 65536):
            err += chunk
        posix.close(errread)
    posix.close(c2pread)
    wpid, status = posix.waitpid(pid, 0)
    print(args[0], report, out, err, wpid == pid, status, posix.waitstatus_to_exitcode(status))


run(['echo', 'hello', 'world'])
run(['cat'], b'from stdin\n' * 3)
run(['sh', '-c', 'echo out; echo err >&2; exit 3'])
run(['sh', '-c', 'echo out; echo err >&2'], merge=True)
run(['sh', '-c', 'pwd; echo $KAA_TEST_VAR'], cwd='/tmp', env=[b'KAA_TEST_VAR=set', b'PATH=/usr/bin:/bin'])
run(['sh', '-c', 'kill -TERM $$'])
run(['no-such-program-kaa'])
run(['/tmp'])
run(['echo'], cwd='/no-such-dir-kaa')
big = b'x' * 200000
run(['sh', '-c', 'wc -c'], big)
try:
    posix.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
print(posix.WIFEXITED(768), posix.WEXITSTATUS(768), posix.WIFSIGNALED(15), posix.WTERMSIG(15),
      posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f), posix.WCOREDUMP(0x8b))
for s in (0, 256, 15, 0x137f):
    try:
        print(posix.waitstatus_to_exitcode(s))
    except ValueError as e:
        print('ValueError', e)
