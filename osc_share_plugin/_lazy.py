"""Command entry points that import their module only when it is used.

OpenStackClient loads every command of every plugin at each start
(cliff's CommandManager goes through stevedore, which imports each entry
point's module), so ``openstack server list`` would pay for importing all
of this plugin's command modules and its SDK. These entry points load as a
small stand-in instead: cliff calls it like the command class, and only
then is the real module imported and the real command built.

The stand-in is an instance, not a class made per command: with 155
commands, building a class each (``type()``) was most of the time this
plugin added to every ``openstack`` run.
"""

import importlib.metadata

#: One stand-in per entry point value, made on first load.
_STAND_INS = {}


class LazyEntryPoint(importlib.metadata.EntryPoint):
    """An entry point whose ``load()`` imports nothing."""

    def load(self):
        found = _STAND_INS.get(self.value)
        if found is None:
            found = _STAND_INS[self.value] = object.__new__(StandIn)
            found._entry_point = self
        return found

    def load_real(self):
        return importlib.metadata.EntryPoint.load(self)


class StandIn:
    """What cliff takes for a command class until it builds the command.

    cliff reads ``factory.__init__``'s arguments (to pass ``cmd_name``),
    then calls ``factory(app, app_args, cmd_name=...)``: the call imports
    the real command module and returns the real command.
    """

    __slots__ = ('_entry_point',)

    def __init__(self, app, app_args, cmd_name=None):
        pass  # never runs: stand-ins are made by LazyEntryPoint.load

    def __call__(self, *args, **kwargs):
        return self._entry_point.load_real()(*args, **kwargs)

    def __repr__(self):
        return f'<StandIn {self._entry_point.value}>'


def lazy(entry_points):
    """The same entry points, loading lazily.

    :param entry_points: entry points, or ``(name, value, group)`` triples.
    """
    return [
        LazyEntryPoint(*ep)
        if isinstance(ep, (tuple, list))
        else LazyEntryPoint(ep.name, ep.value, ep.group)
        for ep in entry_points
    ]
