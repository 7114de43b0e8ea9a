# shell=True runs /bin/sh -c; env= replaces the environment; cwd= sets the folder.
import subprocess

print(subprocess.run("echo $((6 * 7)) | cat", shell=True, capture_output=True, text=True).stdout, end="")
print(subprocess.check_output(["sh", "-c", "echo $GREETING-$OTHER"], env={"GREETING": "hi"}, text=True), end="")
print(subprocess.check_output("pwd", shell=True, cwd="/", text=True), end="")
print(subprocess.run("exit 5", shell=True).returncode)
print(subprocess.run(["sh", "-c", 'echo "$0" "$1"', "zero", "one"], capture_output=True, text=True).stdout, end="")
