# A small typed program: dataclass-free records, generic repository, callbacks.
from typing import Callable, Dict, Generic, Iterator, List, Optional, TypeVar
T = TypeVar("T")
class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
        self._listeners: List[Callable[[int, T], None]] = []
    def subscribe(self, fn: Callable[[int, T], None]) -> None:
        self._listeners.append(fn)
    def add(self, key: int, item: T) -> None:
        self._items[key] = item
        for fn in self._listeners:
            fn(key, item)
    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())
repo: Repository[str] = Repository()
repo.subscribe(lambda k, v: print(f"added {k}: {v}"))
repo.add(1, "alpha")
repo.add(2, "beta")
print(repo.get(1), repo.get(3), list(repo))
print(Repository.add.__annotations__)
print(__annotations__)
