# A realistic enum-driven state machine with transitions kept in a dict.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
}


def run(events):
    state = State.IDLE
    for name in events:
        event = Event(name)
        nxt = TRANSITIONS.get((state, event))
        if nxt is None:
            print(f"  ignored {event.name} in {state.name}")
            continue
        print(f"  {state} --{event.value}--> {nxt}")
        state = nxt
    return state


print(repr(run(["start", "pause", "finish", "resume", "finish"])))
try:
    run(["stop"])
except ValueError as e:
    print("ValueError:", e)
