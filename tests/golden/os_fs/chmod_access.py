# chmod sets permission bits; access answers F_OK/R_OK/W_OK/X_OK without raising.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.close(os.open('f', os.O_CREAT | os.O_WRONLY, 0o644))
    for mode in [0o600, 0o755, 0o444, 0o4755, 0o1777]:
        os.chmod('f', mode)
        print(oct(stat.S_IMODE(os.stat('f').st_mode)), stat.filemode(os.stat('f').st_mode))
    os.chmod('f', 0o700)
    print(os.access('f', os.F_OK), os.access('f', os.R_OK | os.W_OK), os.access('missing', os.F_OK))
    print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
    try:
        os.chmod('missing', 0o600)
    except FileNotFoundError as e:
        print(e)
    os.chdir('/')
