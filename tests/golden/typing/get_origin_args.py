# get_origin and get_args on typing aliases, PEP 585 aliases and unions.
from typing import get_origin, get_args, List, Dict, Optional, Union, Callable, Annotated, Literal, Generic, Tuple
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Optional[int]), get_origin(Generic))
print(get_origin(list[int]), get_origin(int | str), get_origin(Annotated[int, "x"]), get_origin(int))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int, str], bool]))
print(get_args(Callable[..., int]), get_args(Annotated[int, "a", "b"]), get_args(Literal[1, "x"]))
print(get_args(int), get_args(list[int]), get_args(int | None), get_args(Tuple[int, ...]))
