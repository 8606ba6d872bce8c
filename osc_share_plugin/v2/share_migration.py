"""Share migration action implementations (admin)"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import waiting
from osc_share_plugin.v2 import share
from osc_share_plugin.v2 import share_replica

PHASE1_DONE = ('migration_driver_phase1_done', 'data_copying_completed')
SUCCESS = 'migration_success'
CANCELLED = 'migration_cancelled'
#: Task states that end a migration without it having moved the share.
FAILURES = (
    'migration_error',
    'data_copying_error',
    'data_copying_cancelled',
)
#: Task states in which Manila can tell how far the copy is.
IN_PROGRESS = ('migration_driver_in_progress', 'data_copying_in_progress')
REQUIRED_BOOLS = (
    'preserve_metadata',
    'preserve_snapshots',
    'writable',
    'nondisruptive',
)
FORMATTERS = {'details': format_columns.DictColumn}


def _bool(flag, value):
    try:
        return common.parse_bool(value)
    except Exception:
        raise exceptions.CommandError(
            _('%(flag)s takes True or False, not %(value)r')
            % {'flag': flag, 'value': value}
        )


def _flag(dest):
    return '--' + dest.replace('_', '-')


def wait_for_migration(cmd, found, parsed_args, goals, goal, failures):
    """Wait for the share's task state; the driver's progress on stderr."""
    client = cmd.client
    seen = {}

    def fetch():
        current = client.get_share(found.id)
        if current.task_state in IN_PROGRESS:
            try:
                progress = client.get_share_migration_progress(found)
            except Exception:  # the next poll asks again
                return current
            if progress.total_progress != seen.get('progress'):
                seen['progress'] = progress.total_progress
                waiting.progress(
                    cmd,
                    _('Migration of share %(share)s: %(progress)s%% '
                      '(%(state)s)')
                    % {'share': found.name or found.id,
                       'progress': progress.total_progress,
                       'state': current.task_state},
                )  # fmt: skip
        return current

    def check(current):
        if current.task_state in failures:
            raise share_replica.Failed(current.task_state, _('task state'))
        return current.task_state in goals

    what = _('migration of share %s') % (found.name or found.id)
    return share_replica.wait_until(cmd, parsed_args, what, goal, fetch, check)


class StartShareMigration(common.Command):
    _description = _('Start moving a share to another backend (admin)')
    min_version = '2.29'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        share.add_share_argument(parser, _('Share to migrate (name or ID)'))
        parser.add_argument(
            'host', metavar='<host>',
            help=_('Destination: host@backend#pool'))
        parser.add_argument(
            '--force-host-assisted-migration', metavar='<bool>',
            default='False',
            help=_('Copy through the data service, bypassing the driver: '
                   'True or False (default: False)'))
        for dest, what in (
            ('preserve_metadata', _('keep every file\'s metadata')),
            ('preserve_snapshots', _('move the snapshots too')),
            ('writable', _('keep the share writable while it moves')),
            ('nondisruptive', _('keep clients connected')),
        ):
            parser.add_argument(
                _flag(dest), metavar='<bool>', dest=dest,
                help=_('Whether the migration must %s: True or False '
                       '(required)') % what)
        add(parser, '--new-share-network', attr='new_share_network_id',
            find='share_network',
            help=_('Share network at the destination (name or ID)'))
        add(parser, '--new-share-type', attr='new_share_type_id',
            find='share_type',
            help=_('Share type at the destination (name or ID)'))
        common.add_wait_options(
            parser, _('Wait for the first phase to be done (then run '
                      '"share migration complete"), or the migration to '
                      'succeed'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        missing = [
            _flag(dest)
            for dest in REQUIRED_BOOLS
            if getattr(parsed_args, dest) is None
        ]
        if missing:
            raise exceptions.CommandError(
                _('Give each of %s as True or False') % ', '.join(missing)
            )
        flags = {
            dest: _bool(_flag(dest), getattr(parsed_args, dest))
            for dest in REQUIRED_BOOLS + ('force_host_assisted_migration',)
        }
        found = share.find_share(client, parsed_args.share)
        if parsed_args.host == found.host:
            raise exceptions.CommandError(
                _('Share %(share)s is on %(host)s already')
                % {'share': parsed_args.share, 'host': found.host}
            )
        attrs = common.get_attrs(self, parsed_args)
        client.start_share_migration(found, parsed_args.host, **flags, **attrs)
        if parsed_args.wait:
            wait_for_migration(
                self, found, parsed_args, PHASE1_DONE + (SUCCESS,),
                _('ready to complete'), FAILURES + (CANCELLED,),
            )  # fmt: skip


class _MigratingShare:
    """A share being migrated: the commands on it exist from 2.22 on."""

    min_version = '2.22'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        share.add_share_argument(parser, _('Migrating share (name or ID)'))
        return parser


class _EndMigration(_MigratingShare, common.Command):
    """Complete or cancel: one call on the share; ``--wait`` for its end."""

    #: The proxy method called with the share.
    call = None
    wait_help = None
    #: The task state a ``--wait`` ends at, and its name in the progress.
    goal = None
    goal_label = None

    def check(self, found, parsed_args):
        """Refuse, before the call, a share it cannot apply to."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_wait_options(parser, self.wait_help)
        return parser

    def take_action(self, parsed_args):
        found = share.find_share(self.client, parsed_args.share)
        self.check(found, parsed_args)
        getattr(self.client, self.call)(found)
        if parsed_args.wait:
            wait_for_migration(
                self, found, parsed_args, (self.goal,), self.goal_label,
                FAILURES,
            )  # fmt: skip


class CompleteShareMigration(_EndMigration):
    _description = _(
        'Finish the migration of a share whose first phase is done (admin)'
    )
    call = 'complete_share_migration'
    wait_help = _('Wait for the migration to succeed')
    goal = SUCCESS
    goal_label = _('done')

    def check(self, found, parsed_args):
        if not found.task_state:
            raise exceptions.CommandError(
                _('Share %s is not being migrated') % parsed_args.share
            )
        if found.task_state not in PHASE1_DONE:
            raise exceptions.CommandError(
                _(
                    'The migration of share %(share)s cannot be completed '
                    'before its first phase is done (task state: %(state)s)'
                )
                % {'share': parsed_args.share, 'state': found.task_state}
            )


class CancelShareMigration(_EndMigration):
    _description = _('Cancel the migration of a share (admin)')
    call = 'cancel_share_migration'
    wait_help = _('Wait for the migration to be cancelled')
    goal = CANCELLED
    goal_label = _('cancelled')


class ShowShareMigration(_MigratingShare, common.ShowOne):
    _description = _('Show the progress of the migration of a share (admin)')

    def take_action(self, parsed_args):
        found = share.find_share(self.client, parsed_args.share)
        progress = self.client.get_share_migration_progress(found)
        return common.show_item(
            progress, hidden=('id',), formatters=FORMATTERS
        )
