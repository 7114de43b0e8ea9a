# An exception from __post_init__ shows the generated __init__ as a "<string>" frame.
from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: int = 0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}: {self.balance}")


print(Account("ann", 5))
Account("bob", -3)
