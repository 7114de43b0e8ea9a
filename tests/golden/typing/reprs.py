# Reprs of typing's special forms and aliases.
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, Literal, ClassVar, Final,
                    Annotated, NoReturn, Deque, DefaultDict, Counter, Awaitable, Coroutine)
print(Any, NoReturn, Optional[int], Union[int, str], Union[int, None, str])
print(List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Type[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, Any])
print(Literal["a", 1, None], ClassVar[int], Final[str], Annotated[int, "meta", 2])
print(Deque[int], DefaultDict[str, int], Counter[str], Awaitable[int], Coroutine[int, str, bool])
print(List, Dict, Callable, Optional[List["Node"]])
