# os.path.normpath collapses '.', '..' and slashes; two leading slashes are kept.
import os.path

for p in ['a/./b', 'a//b/', 'a/b/../c', '../a', 'a/../..', '/..', '/a/../../b', '//a', '///a',
          '', '.', './', 'a/b/../../..', b'/x/./y/']:
    print(repr(p), repr(os.path.normpath(p)))
