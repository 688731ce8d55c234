"""subprocess: run commands, capture output, feed input, check return codes, pipes between processes."""
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args[0])
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout this\n", capture_output=True, text=True)
print(r.stdout, end="")
print(subprocess.check_output(["printf", "%s-%s", "a", "b"]))
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True).strip())
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("failed:", e.returncode, e)
try:
    subprocess.run(["no-such-command-kaa"])
except FileNotFoundError as e:
    print("not found:", e.errno, e.filename)
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
out, _ = p2.communicate()
print(out.split(), p2.returncode, p1.wait())
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, err = p.communicate(b"through cat")
print(out, err, p.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout:", e.cmd, round(e.timeout, 1))
r = subprocess.run(["sh", "-c", "echo $KAA_VAR; pwd"], env={"KAA_VAR": "from env", "PATH": "/usr/bin:/bin"}, cwd="/", capture_output=True, text=True)
print(r.stdout.split("\n")[:2])
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 4"))
