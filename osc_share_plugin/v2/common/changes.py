"""Set and unset commands: every change given, applied in turn.

Options declare where their value goes: ``attr=`` options together into
one update call, clearing options (``--name`` of an unset) as ``None``
into the same call, and ``step=`` options each to a proxy method of their
own (``--status`` to ``reset_*_status``, ``--property`` to the metadata
call). :func:`apply_changes` runs them, so a set command's
``take_action`` is a lookup and one call.
"""

from osc_lib import exceptions

from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import options


def apply_changes(cmd, parsed_args, find, noun, update=None, nothing=None):
    """Apply each change given to the resource ``find()`` returns.

    :param find: returns the resource (called even when nothing is to
        change, so a wrong name is still an error).
    :param noun: names the resource in the error lines (``_('share')``).
    :param update: the proxy method taking the ``attr=`` values, such as
        ``'update_share_snapshot'``.
    :param nothing: the error when no change was given, raised before any
        lookup; None: only the lookup happens.
    """
    given = list(options.given_actions(cmd, parsed_args))
    if nothing and not any(_is_change(action, update) for action in given):
        raise exceptions.CommandError(nothing)
    client = cmd.client
    res = find()
    steps = []
    attrs = options.get_attrs(cmd, parsed_args)
    attrs.update(options.cleared_attrs(cmd, parsed_args))
    if attrs and update:
        steps.append(lambda: getattr(client, update)(res, **attrs))
    for action in given:
        if getattr(action, 'step', None):
            method, kwargs, convert = action.step
            value = getattr(parsed_args, action.dest)
            if convert:
                value = convert(value)
            steps.append(
                lambda method=method, value=value, kwargs=kwargs: getattr(
                    client, method
                )(res, value, **kwargs)
            )
    multi.run_steps(steps, noun, res)
    return res


def _is_change(action, update):
    return bool(getattr(action, 'step', None)) or bool(
        update and getattr(action, 'api_attr', None)
    )


class ChangeCommand(commands.Command):
    """A set or unset command: its parser declares the changes.

    A resource's set and unset share one subclass naming the resource:
    ``noun``, the ``update`` method, and ``find_target``.
    """

    noun = None
    update = None
    #: The error when nothing was given; None: only the lookup happens.
    nothing = None

    def find_target(self, parsed_args):
        raise NotImplementedError

    def take_action(self, parsed_args):
        apply_changes(
            self,
            parsed_args,
            lambda: self.find_target(parsed_args),
            self.noun,
            update=self.update,
            nothing=self.nothing,
        )
