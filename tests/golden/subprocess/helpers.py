# call, check_call, check_output, getoutput, getstatusoutput, list2cmdline.
import subprocess

print(subprocess.call(["sh", "-c", "exit 3"]), subprocess.call("true", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "out"]))
print(repr(subprocess.check_output("echo a; echo b >&2", shell=True, stderr=subprocess.STDOUT, text=True)))
print(subprocess.getoutput("echo hello; echo there"))
print(subprocess.getstatusoutput("echo fail; exit 9"))
print(subprocess.getstatusoutput("nosuchcommand_xyz 2>/dev/null"))
print(subprocess.list2cmdline(["a b", 'say "hi"', "back\\slash\\", "", "plain"]))
