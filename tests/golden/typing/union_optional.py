# Union flattening, deduplication, Optional, equality with X | Y, isinstance with Union.
from typing import Union, Optional
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, str, int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(Optional[Optional[int]], Union[None, int])
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))
print(Union[int, str].__args__, Optional[str].__args__)
for bad in ["Union[()]", "Optional[int, str]"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
