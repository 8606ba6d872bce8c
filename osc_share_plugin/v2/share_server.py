"""Share server action implementations (admin)"""

import time

from osc_lib.cli import format_columns
from osc_lib.cli import parseractions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_server as _server
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2.common import waiting
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_network

_SERVER = _server.ShareServer
FORMATTERS = {
    'backend_details': format_columns.DictColumn,
    'share_network_subnet_ids': format_columns.ListColumn,
}
_SHORT = ('id', 'host', 'status', 'share_network_id', 'project_id')
LIST_COLUMNS = common.columns(_SERVER, *_SHORT)
LONG_COLUMNS = common.columns(
    _SERVER,
    *_SHORT,
    'share_network_name',
    'identifier',
    'is_auto_deletable',
    'task_state',
    'source_share_server_id',
    'updated_at',
)
DELETE_FAILURES = ('error',)
MANAGE_FAILURES = ('manage_error', 'error')
UNMANAGE_FAILURES = ('unmanage_error',)
MIGRATION_FAILURES = ('migration_error', 'migration_cancelled')
MIGRATION_VERSION = '2.57'


SERVER = targets.Target(
    'share_server', 'find_share_server', plural='share_servers'
)


def find_server(cmd, name_or_id):
    return SERVER.find(cmd.client, name_or_id)


def show_server(server):
    return common.show_item(server, formatters=FORMATTERS)


def wait_for_task_state(cmd, server, parsed_args, goal):
    """``--wait`` until the server's task state is ``goal``."""
    what = waiting.describe(server)
    start = time.monotonic()
    waiting.progress(
        cmd,
        _('Waiting for %(what)s to be %(goal)s')
        % {'what': what, 'goal': goal},
    )
    try:
        server = cmd.client.wait_for_status(
            server, status=goal, failures=list(MIGRATION_FAILURES),
            wait=parsed_args.wait_timeout, attribute='task_state',
        )  # fmt: skip
    except Exception as err:
        # A failure state, the timeout or the server gone: all one line.
        state = getattr(server, 'task_state', None)
        try:
            state = cmd.client.get_share_server(server.id).task_state
        except Exception:  # the wait's own error is the one worth telling
            pass
        raise exceptions.CommandError(
            _('%(what)s did not reach %(goal)s (task state: %(state)s): '
              '%(error)s')
            % {'what': what, 'goal': goal, 'state': state,
               'error': common.one_line(err)}
        )  # fmt: skip
    waiting.progress(
        cmd,
        _('%(what)s is %(goal)s after %(seconds).1f s')
        % {'what': what, 'goal': goal, 'seconds': time.monotonic() - start},
    )
    return server


class ListShareServer(common.Lister):
    _description = _('List share servers (admin only)')
    resource = _SERVER

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--host', metavar='<hostname>', attr=True,
            help=_('Filter by host'))
        add(parser, '--status', attr=True, help=_('Filter by status'))
        add(parser, '--share-network', attr='share_network_id',
            find=share_network.find_share_network,
            help=_('Filter by share network (name or ID)'))
        common.add_project_filters(
            parser, _('share servers'), all_projects=False)
        add(parser, '--share-network-subnet', attr='share_network_subnet_id',
            min_version='2.51', help=_('Filter by share network subnet (ID)'))
        add(parser, '--source-share-server-id', attr=True,
            min_version=MIGRATION_VERSION,
            help=_('Filter by the server a migration copies from (ID)'))
        add(parser, '--identifier', attr=True, min_version='2.49',
            help=_('Filter by the identifier on the backend'))
        common.add_long_option(parser, help=_('List more share server fields'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.share_servers,
            LIST_COLUMNS, LONG_COLUMNS, FORMATTERS,
        )  # fmt: skip


class ShowShareServer(common.ShowOne):
    _description = _(
        'Show the details of a share server, with its backend details '
        '(admin only)'
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SERVER.add(
            parser, _('Share server (ID, or identifier on the backend)')
        )
        return parser

    def take_action(self, parsed_args):
        return show_server(find_server(self, parsed_args.share_server))


class DeleteShareServer(common.RemoveCommand):
    _description = _('Delete one or more share servers (admin only)')
    noun = _('share servers')
    call = 'delete_share_server'
    target = SERVER
    target_help = _('Share server(s) to delete (ID)')
    wait_help = _('Wait for the share server(s) to be deleted')
    wait_failures = DELETE_FAILURES


class AdoptShareServer(common.ShowOne):
    _description = _('Adopt a share server the backend has (manage, admin)')
    min_version = '2.49'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        parser.add_argument(
            'host', metavar='<host>',
            help=_('Backend of the server: host@backend, no pool'))
        share_network.NETWORK.add(
            parser, _('Share network of the server (name or ID)'))
        parser.add_argument(
            'identifier', metavar='<identifier>',
            help=_('Identifier of the server on the backend'))
        add(parser, '--driver-options', metavar='<key=value>',
            action=parseractions.KeyValueAction, attr=True,
            help=_('Driver option (repeat option to set multiple options)'))
        add(parser, '--share-network-subnet', attr='share_network_subnet_id',
            min_version='2.51',
            help=_('Subnet of the share network to adopt the server in (ID)'))
        common.add_wait_options(
            parser, _('Wait for the share server to become active'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        server = self.client.manage_share_server(
            parsed_args.host,
            share_network.find_share_network(self, parsed_args.share_network),
            parsed_args.identifier,
            **common.get_attrs(self, parsed_args),
        )
        if parsed_args.wait:
            server = common.wait_for_status(
                self, server, parsed_args, 'active', MANAGE_FAILURES
            )
        return show_server(server)


class AbandonShareServer(common.RemoveCommand):
    _description = _('Abandon one or more share servers (unmanage, admin)')
    min_version = '2.49'
    noun = _('share servers')
    verb = _('abandon')
    call = 'unmanage_share_server'
    call_kwargs = {}
    force_help = _('Abandon even when the driver cannot clean up')
    target = SERVER
    target_help = _('Share server(s) to abandon (ID)')
    wait_help = _('Wait for the share server(s) to be abandoned')
    wait_failures = UNMANAGE_FAILURES


class SetShareServer(common.ChangeCommand):
    _description = _('Reset the status or task state of a share server '
                     '(admin only)')  # fmt: skip
    noun = _('share server')
    target = SERVER
    target_help = _('Share server to modify (ID)')
    nothing = _('Give --status or --task-state (or both)')
    name_lone_failure = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_option(
            parser, '--status', step='reset_share_server_status',
            help=_('Reset the status: active, error, inactive, deleting, '
                   'creating, manage_starting, manage_error, '
                   'unmanage_starting, unmanage_error, server_migrating, '
                   'server_migrating_to or network_change'))
        common.add_option(
            parser, '--task-state', nargs='?', const='None',
            min_version=MIGRATION_VERSION,
            step=('reset_share_server_task_state', {},
                  common.none_if_cleared),
            help=_('Reset the task state (migration_*); no value or "None" '
                   'clears it'))
        # fmt: on
        return parser


class _MigrationCommand:
    """Share server migration: 2.57, experimental."""

    min_version = MIGRATION_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        SERVER.add(
            parser,
            _('Share server being migrated (ID)'),
            metavar='<share_server>',
        )
        return parser


class StartShareServerMigration(_MigrationCommand, common.ShowOne):
    _description = _(
        'Migrate a share server to another backend (admin, experimental)'
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            'host', metavar='<host@backend>',
            help=_('Destination backend: host@backend, no pool'))
        for flag, help_text in (
            ('--preserve-snapshots',
             _('Whether the snapshots must move with the shares')),
            ('--writable',
             _('Whether the shares must stay writable meanwhile')),
            ('--nondisruptive',
             _('Whether clients must stay connected meanwhile')),
        ):
            parser.add_argument(
                flag, metavar='<True|False>', type=common.parse_bool,
                required=True, help=help_text)
        common.add_option(
            parser, '--new-share-network', metavar='<share-network>',
            help=_('Share network at the destination (name or ID); the '
                   'current one otherwise'))
        parser.add_argument(
            '--check-only', action='store_true', default=False,
            help=_('Only check whether the migration can be done'))
        common.add_wait_options(
            parser, _('Wait for the first phase to end '
                      '(migration_driver_phase1_done)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        server = find_server(self, parsed_args.share_server)
        args = (
            server,
            parsed_args.host,
            parsed_args.writable,
            parsed_args.nondisruptive,
            parsed_args.preserve_snapshots,
        )
        network = parsed_args.new_share_network
        if network:
            network = share_network.find_share_network(self, network)
        if parsed_args.check_only:
            result = client.check_share_server_migration(
                *args, new_share_network_id=network
            )
            return common.show_dict(
                result,
                dict.fromkeys(
                    ('requested_capabilities', 'supported_capabilities'),
                    format_columns.DictColumn,
                ),
            )
        client.start_share_server_migration(
            *args, new_share_network_id=network
        )
        if not parsed_args.wait:
            return (), ()
        wait_for_task_state(
            self,
            client.get_share_server(server.id),
            parsed_args,
            'migration_driver_phase1_done',
        )
        return show_progress(client, server)


def show_progress(client, server):
    return common.show_dict(client.get_share_server_migration_progress(server))


class CompleteShareServerMigration(_MigrationCommand, common.Command):
    _description = _(
        'Complete the migration of a share server (admin, experimental)'
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_wait_options(
            parser,
            _('Wait for the migration to succeed (migration_success)'),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        server = find_server(self, parsed_args.share_server)
        result = client.complete_share_server_migration(server)
        destination = result.get('destination_share_server_id')
        if parsed_args.wait and destination:
            wait_for_task_state(
                self,
                client.get_share_server(destination),
                parsed_args,
                'migration_success',
            )


class CancelShareServerMigration(_MigrationCommand, common.Command):
    _description = _(
        'Cancel the migration of a share server (admin, experimental)'
    )

    def take_action(self, parsed_args):
        server = find_server(self, parsed_args.share_server)
        self.client.cancel_share_server_migration(server)


class ShowShareServerMigration(_MigrationCommand, common.ShowOne):
    _description = _(
        'Show the progress of a share server migration (admin, experimental)'
    )

    def take_action(self, parsed_args):
        server = find_server(self, parsed_args.share_server)
        return show_progress(self.client, server)
