# shutil.copyfileobj copies between file objects in chunks (here temporary files).
import shutil
import tempfile

src = tempfile.TemporaryFile()
src.write(b'0123456789' * 5)
src.seek(0)
dst = tempfile.TemporaryFile()
shutil.copyfileobj(src, dst, 7)
dst.seek(0)
data = dst.read()
print(len(data), data[:12], data[-3:])
src.seek(5)
dst.seek(0)
dst.truncate()
shutil.copyfileobj(src, dst)
dst.seek(0)
print(dst.read(8))
src.close()
dst.close()
