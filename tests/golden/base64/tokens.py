# base64 as scripts use it: a basic-auth header, a URL-safe token, a file checksum and hex dumps.
import base64
import binascii
import hashlib

user, password = "ada", "s3cr3t:pw"
header = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
print(header)
print(base64.b64decode(header.split()[1]).decode().split(":", 1))
token = base64.urlsafe_b64encode(hashlib.sha256(b"session-42").digest()).rstrip(b"=")
print(token.decode(), len(token))
padded = token + b"=" * (-len(token) % 4)
print(base64.urlsafe_b64decode(padded).hex()[:16])
data = bytes(range(0, 256, 7))
print(binascii.hexlify(data, " ", 4).decode())
print(f"{binascii.crc32(data):08x}", base64.b32encode(b"otp-secret").decode())
