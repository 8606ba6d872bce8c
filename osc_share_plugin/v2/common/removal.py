"""``<resource> delete <x> [<x> ...]`` and its kin, declared, not written.

About twenty commands remove (or abandon, or cancel) every target they are
given: find each one, make one proxy call, report "N of M failed", and with
``--wait`` wait until each is gone. A subclass states only what differs:

.. code-block:: python

    class DeleteShareNetwork(common.RemoveCommand):
        _description = _('Delete one or more share networks')
        noun = _('share networks')
        call = 'delete_share_network'
        target = NETWORK  # a targets.Target: the positional and its lookup
        target_help = _('Share network(s) to delete (name or ID)')
        wait_help = _('Wait for the share network(s) to be deleted')
"""

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import multi
from osc_share_plugin.v2.common import waiting


class RemoveCommand(commands.Command):
    #: The plural noun of "N of M <noun> failed to <verb>.".
    noun = None
    verb = _('delete')
    #: The proxy method called on each target found.
    call = None
    #: Keyword arguments of that call; ``force`` is added when the command
    #: has a ``--force`` option (``force_help``).
    call_kwargs = {'ignore_missing': False}
    #: Help of a ``--force`` option, passed on as ``force=``; None: none.
    force_help = None
    #: Help of ``--wait``; None: the command does not wait.
    wait_help = None
    #: Statuses that end a ``--wait`` as failed.
    wait_failures = ('error_deleting',)
    #: The ``targets.Target`` removed, for the default ``add_targets`` and
    #: ``find_target``; its positional's help is ``target_help``.
    target = None
    target_help = None

    def add_targets(self, parser):
        """Declare the positional (``nargs='+'``); return its action."""
        if self.target is None:
            raise NotImplementedError
        return self.target.add(parser, self.target_help, many=True)

    def add_options(self, parser):
        """Declare the command's other options, if any."""

    def find_target(self, value):
        """The resource a positional value names (without ``target``, the
        value itself)."""
        if self.target is None:
            return value
        return self.target.find(self.client, value)

    def remove(self, target, parsed_args):
        kwargs = dict(self.call_kwargs)
        if self.force_help:
            kwargs['force'] = parsed_args.force
        getattr(self.client, self.call)(target, **kwargs)

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self._targets_dest = self.add_targets(parser).dest
        if self.force_help:
            parser.add_argument(
                '--force',
                action='store_true',
                default=False,
                help=self.force_help,
            )
        self.add_options(parser)
        if self.wait_help:
            waiting.add_wait_options(parser, self.wait_help)
        return parser

    def waiter(self, parsed_args):
        """What ``for_each`` runs on each removed target once all were."""
        if not self.wait_help:
            return None
        return multi.waiter_for_delete(self, parsed_args, self.wait_failures)

    def take_action(self, parsed_args):
        def one(value):
            target = self.find_target(value)
            self.remove(target, parsed_args)
            return target

        multi.for_each(
            getattr(parsed_args, self._targets_dest),
            one,
            self.noun,
            self.verb,
            then=self.waiter(parsed_args),
        )
