"""Command entry points that import their module only when it is used.

OpenStackClient loads every command of every plugin at each start
(cliff's CommandManager goes through stevedore, which imports each entry
point's module), so ``openstack server list`` would pay for importing all
of this plugin's command modules and its SDK. These entry points load as a
small stand-in class instead: cliff calls it like the command class, and
only then is the real module imported and the real command built.
"""

import importlib.metadata

#: One stand-in class per entry point value, made on first load.
_STAND_INS = {}


class LazyEntryPoint(importlib.metadata.EntryPoint):
    """An entry point whose ``load()`` imports nothing."""

    def load(self):
        found = _STAND_INS.get(self.value)
        if found is None:
            found = _STAND_INS[self.value] = _stand_in(self)
        return found

    def load_real(self):
        return importlib.metadata.EntryPoint.load(self)


def _stand_in(entry_point):
    def __new__(cls, *args, **kwargs):
        return entry_point.load_real()(*args, **kwargs)

    # cliff reads the factory's __init__ signature to pass cmd_name.
    def __init__(self, app, app_args, cmd_name=None):
        pass  # never runs: __new__ returns an instance of the real class

    return type(
        entry_point.attr,
        (),
        {
            '__new__': __new__,
            '__init__': __init__,
            '__module__': __name__,
            '__doc__': f'Stand-in for {entry_point.value}',
        },
    )


def lazy(entry_points):
    """The same entry points, loading lazily."""
    return [LazyEntryPoint(ep.name, ep.value, ep.group) for ep in entry_points]
