"""Set and unset commands: every change given, applied in turn.

Options declare where their value goes: ``attr=`` options together into
one update call, clearing options (``--name`` of an unset) as ``None``
into the same call, and ``step=`` options each to a proxy method of their
own (``--status`` to ``reset_*_status``, ``--property`` to the metadata
call). :func:`apply_changes` runs them, so a set command's
``take_action`` is a lookup and one call.
"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import options


def apply_changes(
    cmd,
    parsed_args,
    find,
    noun,
    update=None,
    nothing=None,
    name_lone_failure=True,
):
    """Apply each change given to the resource ``find()`` returns.

    :param find: returns the resource (called even when nothing is to
        change, so a wrong name is still an error).
    :param noun: names the resource in the error lines (``_('share')``).
    :param update: the proxy method taking the ``attr=`` values, such as
        ``'update_share_snapshot'``.
    :param nothing: the error when no change was given, raised before any
        lookup; None: only the lookup happens.
    :param name_lone_failure: see :func:`run_steps`.
    """
    given = list(options.given_actions(cmd, parsed_args))
    if nothing and not any(_is_change(action, update) for action in given):
        raise exceptions.CommandError(nothing)
    res = find()
    steps = declared_steps(cmd, parsed_args, res, update)
    run_steps(steps, noun, res, name_lone_failure)
    return res


def declared_steps(cmd, parsed_args, res, update=None):
    """The changes the declared options ask of ``res``, not yet made.

    First the ``update`` call with every ``attr=`` value and cleared
    attribute (names resolved now), then each ``step=`` option's call, in
    the parser's order. A command with changes of its own appends them and
    runs them all with :func:`run_steps`.
    """
    client = cmd.client
    steps = []
    attrs = options.get_attrs(cmd, parsed_args)
    attrs.update(options.cleared_attrs(cmd, parsed_args))
    if attrs and update:
        steps.append(lambda: getattr(client, update)(res, **attrs))
    for action in options.given_actions(cmd, parsed_args):
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
    return steps


def run_steps(steps, noun, res, name_lone_failure=True):
    """``multi.run_steps``: each change, the failed ones reported together.

    :param name_lone_failure: False: when only one change was asked, its
        failure is its own error, as it is (the share network and share
        server commands have always said it so).
    """
    if len(steps) == 1 and not name_lone_failure:
        steps[0]()
    else:
        multi.run_steps(steps, noun, res)


def add_status_option(parser, noun, statuses, step, refuse_others=True):
    """A set's ``--status``: reset the status (admin), to one of these.

    :param step: the proxy's ``reset_*_status`` method.
    :param refuse_others: whether argparse refuses a status not listed.
    """
    return options.add_option(
        parser,
        '--status',
        choices=statuses if refuse_others else None,
        step=step,
        help=_('Reset the %(noun)s status: %(statuses)s (admin only)')
        % {'noun': noun, 'statuses': ', '.join(statuses)},
    )


def add_set_property_option(parser, noun, step, **kwargs):
    """A set's ``--property k=v``: given to ``step``, the metadata call."""
    return options.add_property_option(
        parser,
        _(
            'Set a property on the %s (repeat option to set multiple '
            'properties)'
        )
        % noun,
        attr=None,
        step=step,
        **kwargs,
    )


def add_unset_property_option(parser, noun, step, **kwargs):
    """An unset's ``--property k``: the keys given to ``step``, each of
    which must be there."""
    return options.add_property_unset_option(
        parser,
        _(
            'Remove a property from the %s (repeat option to remove '
            'multiple properties)'
        )
        % noun,
        step=(step, {'ignore_missing': False}),
        **kwargs,
    )


def _is_change(action, update):
    return bool(getattr(action, 'step', None)) or bool(
        update and getattr(action, 'api_attr', None)
    )


class ChangeCommand(commands.Command):
    """A set or unset command: its parser declares the changes.

    A resource's set and unset share one subclass naming the resource:
    ``noun``, the ``update`` method, and ``target`` (or ``find_target``).
    """

    noun = None
    update = None
    #: The error when nothing was given; None: only the lookup happens.
    nothing = None
    #: See :func:`run_steps`.
    name_lone_failure = True
    #: The ``targets.Target`` changed: its positional comes first in the
    #: parser, with ``target_help``, and ``find_target`` looks it up.
    target = None
    target_help = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        if self.target is not None:
            self.target.add(parser, self.target_help)
        return parser

    def find_target(self, parsed_args):
        if self.target is None:
            raise NotImplementedError
        return self.target.find_given(self.client, parsed_args)

    def take_action(self, parsed_args):
        apply_changes(
            self,
            parsed_args,
            lambda: self.find_target(parsed_args),
            self.noun,
            update=self.update,
            nothing=self.nothing,
            name_lone_failure=self.name_lone_failure,
        )
