"""Share replica action implementations"""

import time

from osc_lib.cli import format_columns
from osc_lib.cli import parseractions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_replica as _replica
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import output
from osc_share_plugin.v2.common import waiting
from osc_share_plugin.v2 import share

COLUMN_MAP = {'metadata': 'properties'}
HIDDEN_COLUMNS = ('scheduler_hints',)
FORMATTERS = {'metadata': format_columns.DictColumn}
_SHORT = (
    'id',
    'status',
    'replica_state',
    'share_id',
    'host',
    'availability_zone',
    'updated_at',
)
LIST_COLUMNS = common.columns(_replica.ShareReplica, *_SHORT)
METADATA_VERSION = '2.95'
EL_COLUMNS = common.columns(
    _replica.ShareReplicaExportLocation,
    'id',
    'availability_zone',
    'replica_state',
    'is_preferred',
    'path',
)
ACTIVE = 'active'
#: Replica states a replica serves from: in sync, or active (writable
#: replication makes every replica active).
READY_STATES = ('in_sync', ACTIVE)
REPLICA_FAILURES = ('error',)
DELETE_FAILURES = ('error_deleting',)
EXPORT_LOCATIONS_VERSION = '2.47'


class Failed(Exception):
    """What a wait saw that ends it: ``state`` names the state."""

    def __init__(self, state, label=None):
        super().__init__(state)
        self.state = state
        self.label = label or _('status')


def wait_until(cmd, parsed_args, what, goal, fetch, check):
    """``--wait`` on a condition of several fields; progress on stderr.

    Polls with the SDK's backoff (0.1 s up to 2 s); a poll that finds the
    API restarting (connection refused, 502/503/504) is retried until
    ``--wait-timeout``.

    :param fetch: reads the resource (or state) anew.
    :param check: returns True once reached; raises :class:`Failed` when
        the operation failed; may report progress.
    """
    from osc_share_plugin.sdk.v2 import _proxy

    waiting.progress(cmd, _('Waiting for %(what)s to be %(goal)s')
                     % {'what': what, 'goal': goal})  # fmt: skip
    start = time.monotonic()
    pause = _proxy.FIRST_POLL_INTERVAL
    current = last_error = None
    while True:
        try:
            current, last_error = fetch(), None
        except Exception as err:
            if not _proxy._retriable(err):
                raise
            last_error = err
        try:
            if last_error is None and check(current):
                break
        except Failed as failure:
            raise exceptions.CommandError(
                _('%(what)s failed: its %(label)s is %(state)s')
                % {'what': what, 'label': failure.label,
                   'state': failure.state})  # fmt: skip
        if time.monotonic() - start + pause > parsed_args.wait_timeout:
            state = describe_state(current)
            if last_error is not None:
                state = common.one_line(last_error)
            raise exceptions.CommandError(
                _('Timed out after %(seconds)s s waiting for %(what)s to '
                  'be %(goal)s (%(state)s)')
                % {'seconds': parsed_args.wait_timeout, 'what': what,
                   'goal': goal, 'state': state})  # fmt: skip
        time.sleep(pause)
        pause = min(pause * _proxy.POLL_BACKOFF, 2)
    waiting.progress(
        cmd, _('%(what)s is %(goal)s after %(seconds).1f s')
        % {'what': what, 'goal': goal, 'seconds': time.monotonic() - start},
    )  # fmt: skip
    return current


def describe_state(res):
    fields = ('status', 'replica_state', 'task_state')
    return ', '.join(f'{field}: {getattr(res, field)}' for field in fields
                     if getattr(res, field, None) is not None)  # fmt: skip


def wait_for_replica(cmd, replica, parsed_args, states, goal):
    """Wait until ``replica`` is available in one of ``states``."""

    def check(current):
        if current.status in REPLICA_FAILURES:
            raise Failed(current.status)
        if current.replica_state in REPLICA_FAILURES:
            raise Failed(current.replica_state, _('replica state'))
        return current.status == 'available' and (
            current.replica_state in states
        )

    return wait_until(
        cmd, parsed_args, _('share replica %s') % replica.id, goal,
        lambda: cmd.client.get_share_replica(replica.id), check,
    )  # fmt: skip


def show_replica(client, replica):
    """Columns and data of a replica, with its export locations."""
    extra = output.export_locations_of(
        client,
        EXPORT_LOCATIONS_VERSION,
        client.share_replica_export_locations,
        replica,
    )
    return common.show_item(
        replica, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS, extra
    )


def find_replica(client, replica_id):
    """A replica by ID (replicas have no name)."""
    return client.get_share_replica(replica_id)


def find_replica_or_active(client, value):
    """A replica by ID, else the active replica of a share (name or ID)."""
    from openstack import exceptions as sdk_exceptions

    if common.is_uuid_like(value):
        try:
            return client.get_share_replica(value)
        except sdk_exceptions.NotFoundException:
            pass
    found = client.find_share(value, ignore_missing=True)
    if found is None:
        raise exceptions.CommandError(
            _('No share replica, nor share, found for %s') % value
        )
    for replica in client.share_replicas(share_id=found.id):
        if replica.replica_state == ACTIVE:
            return replica
    raise exceptions.CommandError(_('Share %s has no active replica') % value)


def add_replica_argument(parser, help_text, many=False):
    return common.add_positional(parser, 'replica', help_text, many)


def _scheduler_hints(hints):
    if set(hints) != {'only_host'}:
        raise exceptions.CommandError(
            _("--scheduler-hint takes only_host=<host@backend#pool>, not %s")
            % ', '.join(sorted(set(hints) - {'only_host'}) or hints)
        )
    return {'only_host': hints['only_host']}


class CreateShareReplica(common.ShowOne):
    _description = _('Create a replica of a share')
    min_version = '2.11'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        share.add_share_argument(
            parser, _('Share to replicate (name or ID); its share type '
                      'must have a replication_type'))
        add(parser, '--availability-zone', attr=True,
            help=_('Availability zone to create the replica in'))
        add(parser, '--scheduler-hint', metavar='<key=value>',
            action=parseractions.KeyValueAction, min_version='2.67',
            help=_('Scheduler hint: only_host=<host@backend#pool>, the '
                   'only one Manila takes'))
        add(parser, '--share-network',
            attr='share_network_id', find='share_network', min_version='2.72',
            help=_('Share network to create the replica on (name or ID)'))
        common.add_property_option(
            parser, _('Set a property on the replica (repeat option to set '
                      'multiple properties)'), min_version=METADATA_VERSION)
        common.add_wait_options(
            parser, _('Wait for the replica to be available and in_sync (or '
                      'active)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        found = share.find_share(client, parsed_args.share)
        attrs = common.get_attrs(self, parsed_args)
        if parsed_args.scheduler_hint:
            attrs['scheduler_hints'] = _scheduler_hints(
                parsed_args.scheduler_hint
            )
        if (
            'replication_type' in found._body.attributes
            and not found.replication_type
        ):
            raise exceptions.CommandError(
                _('Share %s cannot be replicated: its share type has no '
                  'replication_type') % parsed_args.share
            )  # fmt: skip
        replica = client.create_share_replica(found, **attrs)
        if parsed_args.wait:
            replica = wait_for_replica(
                self, replica, parsed_args, READY_STATES, _('in_sync')
            )
            return show_replica(client, replica)
        return common.show_item(
            replica, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS
        )


class DeleteShareReplica(common.RemoveCommand):
    _description = _('Delete one or more share replicas')
    min_version = '2.11'
    noun = _('replicas')
    call = 'delete_share_replica'
    force_help = _(
        'Remove the replica from Manila even if the backend cannot delete '
        'it (admin only)'
    )
    wait_help = _('Wait for the replica(s) to be deleted')
    wait_failures = DELETE_FAILURES

    def add_targets(self, parser):
        return add_replica_argument(
            parser, _('Replica(s) to delete (ID)'), True
        )

    def find_target(self, value):
        return find_replica(self.client, value)


class ListShareReplica(common.Lister):
    _description = _('List share replicas')
    resource = _replica.ShareReplica
    min_version = '2.11'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_option(
            parser, '--share', attr='share_id', find='share',
            help=_('List the replicas of this share (name or ID), filtered '
                   'by the server'))
        common.add_property_option(
            parser, _('Only replicas with this property (repeat option to '
                      'filter by multiple properties); Manila cannot filter '
                      'on it, so the list is filtered here'),
            attr=None, min_version=METADATA_VERSION)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        wanted = parsed_args.property or {}

        def replicas(**query):
            for replica in self.client.share_replicas(**query):
                metadata = replica.metadata or {}
                if all(metadata.get(k) == v for k, v in wanted.items()):
                    yield replica

        return common.list_items(self, parsed_args, replicas, LIST_COLUMNS)


class ShowShareReplica(common.ShowOne):
    _description = _('Show the details of a share replica')
    min_version = '2.11'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_replica_argument(
            parser,
            _(
                'Replica to show (ID), or a share (name or ID) to show its '
                'active replica'
            ),
        )
        return parser

    def take_action(self, parsed_args):
        replica = find_replica_or_active(self.client, parsed_args.replica)
        return show_replica(self.client, replica)


class _ChangeReplica(common.ChangeCommand):
    min_version = '2.11'
    noun = _('share replica')
    update = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_replica_argument(parser, _('Replica to modify (ID)'))
        return parser

    def find_target(self, parsed_args):
        return find_replica(self.client, parsed_args.replica)


class SetShareReplica(_ChangeReplica):
    _description = _(
        'Set the status, replica state or properties of a share replica'
    )
    nothing = _('Nothing to set: give --replica-state, --status or --property')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_option(
            parser, '--replica-state', step='reset_share_replica_state',
            choices=('in_sync', 'out_of_sync', 'active', 'error'),
            help=_('Reset the replica state: in_sync, out_of_sync, active '
                   'or error (admin only)'))
        common.add_option(
            parser, '--status', step='reset_share_replica_status',
            choices=('available', 'error', 'creating', 'deleting',
                     'error_deleting'),
            help=_('Reset the status: available, error, creating, deleting '
                   'or error_deleting (admin only)'))
        common.add_property_option(
            parser, _('Set a property on the replica (repeat option to set '
                      'multiple properties)'), attr=None,
            step='update_share_replica_metadata',
            min_version=METADATA_VERSION)
        # fmt: on
        return parser


class UnsetShareReplica(_ChangeReplica):
    _description = _('Unset properties of a share replica')
    nothing = _('Nothing to unset: give --property <key>')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_property_unset_option(
            parser,
            _(
                'Remove a property from the replica (repeat option to '
                'remove multiple properties)'
            ),
            min_version=METADATA_VERSION,
            step=('delete_share_replica_metadata', {'ignore_missing': False}),
        )
        return parser


class _ActOnReplica(common.Command):
    """Promote or resync: one call on a replica that is not the active one.

    With ``--wait``, until the replica is available in the state ``goal``.
    """

    min_version = '2.11'
    #: The replica's help, the proxy method called on it, and ``--wait``'s.
    replica_help = None
    call = None
    wait_help = None
    #: The replica state a ``--wait`` ends at.
    goal = None
    #: The error for the active replica, with its ID.
    active_error = None

    def add_options(self, parser):
        """Declare the command's options between replica and --wait."""

    def call_kwargs(self, parsed_args):
        return {}

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_replica_argument(parser, self.replica_help)
        self.add_options(parser)
        common.add_wait_options(parser, self.wait_help)
        return parser

    def take_action(self, parsed_args):
        replica = find_replica(self.client, parsed_args.replica)
        if replica.replica_state == ACTIVE:
            raise exceptions.CommandError(self.active_error % replica.id)
        getattr(self.client, self.call)(
            replica, **self.call_kwargs(parsed_args)
        )
        if parsed_args.wait:
            wait_for_replica(
                self, replica, parsed_args, (self.goal,), self.goal
            )


class PromoteShareReplica(_ActOnReplica):
    _description = _('Make a share replica the active one')
    replica_help = _('Replica to promote (ID)')
    call = 'promote_share_replica'
    wait_help = _('Wait for the replica to be active')
    goal = ACTIVE
    active_error = _('Share replica %s is already the active replica')

    def add_options(self, parser):
        common.add_option(
            parser,
            '--quiesce-wait-time',
            type=common.positive_int,
            min_version='2.75',
            help=_('Seconds to wait for the active replica to quiesce'),
        )

    def call_kwargs(self, parsed_args):
        return {'quiesce_wait_time': parsed_args.quiesce_wait_time}


class ResyncShareReplica(_ActOnReplica):
    _description = _('Bring a share replica in sync with the active one')
    replica_help = _('Replica to resync (ID)')
    call = 'resync_share_replica'
    wait_help = _('Wait for the replica to be in_sync')
    goal = 'in_sync'
    active_error = _(
        'Share replica %s is the active replica: only the others can be '
        'resynced'
    )


class _ReplicaLocations:
    """Replica export locations exist in the API from 2.47 on."""

    min_version = EXPORT_LOCATIONS_VERSION
    parent_argument = ('replica', _('Share replica (ID)'))
    list_method = 'share_replica_export_locations'
    parent_key = 'replica_id'
    get_method = 'get_share_replica_export_location'
    list_columns = (EL_COLUMNS,)
    show_options = {
        'column_map': COLUMN_MAP,
        'hidden': ('replica_id',),
        'formatters': FORMATTERS,
    }


class ListShareReplicaExportLocation(
    _ReplicaLocations, common.ListExportLocations
):
    _description = _('List the export locations of a share replica')
    resource = _replica.ShareReplicaExportLocation


class ShowShareReplicaExportLocation(
    _ReplicaLocations, common.ShowExportLocation
):
    _description = _('Show an export location of a share replica')
