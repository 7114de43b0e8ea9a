# get_type_hints resolves string annotations and forward references; include_extras.
from typing import get_type_hints, Optional, List, ClassVar, Annotated
class Node:
    value: int
    next: Optional["Node"]
    registry: ClassVar[List[str]] = []
print(get_type_hints(Node))
def link(a: "Node", b: List["Node"] = None, *rest: int) -> Annotated[bool, "checked"]:
    return True
print(get_type_hints(link))
print(get_type_hints(link, include_extras=True)["return"])
def plain(x, y: None): pass
print(get_type_hints(plain), Node.__annotations__["next"])
class Child(Node):
    extra: str
print(list(get_type_hints(Child)))
