"""Share action implementations"""

import argparse

from openstack import exceptions as sdk_exceptions
from osc_lib.cli import format_columns
from osc_lib.cli import parseractions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share as _share
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import output

#: Show output: the wire names, but for these.
COLUMN_MAP = {'metadata': 'properties'}
HIDDEN_COLUMNS = (
    'display_name',
    'display_description',
    'scheduler_hints',
    'volume_type',
    'links',
)
FORMATTERS = {'metadata': format_columns.DictColumn}

_SHORT = (
    'id',
    'name',
    'size',
    'share_protocol',
    'status',
    'is_public',
    'share_type_name',
    'host',
    'availability_zone',
)
LIST_COLUMNS = common.columns(_share.Share, *_SHORT)
LONG_COLUMNS = common.columns(
    _share.Share,
    *_SHORT,
    'description',
    'share_network_id',
    'share_server_id',
    'share_type',
    'share_group_id',
    'user_id',
    'project_id',
    'access_rules_status',
    ('snapshot_id', 'Source Snapshot ID'),
    ('is_snapshot_supported', 'Supports Creating Snapshots'),
    (
        'is_creating_new_share_from_snapshot_supported',
        'Supports Cloning Snapshots',
    ),
    ('is_mounting_snapshot_supported', 'Supports Mounting Snapshots'),
    ('is_reverting_to_snapshot_supported', 'Supports Reverting to Snapshot'),
    ('task_state', 'Migration Task Status'),
    'source_share_group_snapshot_member_id',
    'replication_type',
    ('is_replicated', 'Has Replicas'),
    'created_at',
    ('metadata', 'Properties'),
    'mount_point_name',
    'encryption_key_ref',
)

#: Statuses that end a wait on a share with a failure, per operation.
CREATE_FAILURES = ('error',)
EXTEND_FAILURES = ('error', 'extending_error')
SHRINK_FAILURES = (
    'error',
    'shrinking_error',
    'shrinking_possible_data_loss_error',
)
MANAGE_FAILURES = ('error', 'manage_error')
REVERT_FAILURES = ('error', 'reverting_error')
DELETE_FAILURES = ('error_deleting',)
UNMANAGE_FAILURES = ('unmanage_error', 'error_deleting')


def show_share(client, share):
    """Columns and data for a share, with its export locations."""
    extra = output.export_locations_of(
        client, '2.9', client.export_locations, share
    )
    return common.show_item(
        share, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS, extra
    )


def _created(cmd, share, parsed_args, failures):
    """create/adopt output: with --wait, the available share and its paths."""
    if parsed_args.wait:
        share = common.wait_for_status(
            cmd, share, parsed_args, failures=failures
        )
        return show_share(cmd.client, share)
    return common.show_item(share, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS)


def find_share(client, name_or_id, **query):
    return client.find_share(name_or_id, ignore_missing=False, **query)


def add_share_argument(parser, help_text, many=False):
    return common.add_positional(
        parser, 'share', help_text, many, plural='shares'
    )


def _add_visibility_options(parser, min_version=None):
    options.add_visibility_options(
        parser,
        _('Make the share visible to every project (or --public <bool>)'),
        _('Make the share visible to its own project only'),
        min_version=min_version,
    )


def _add_text_options(parser, name_attr='name', desc_attr='description'):
    # fmt: off
    common.add_option(parser, '--name', attr=name_attr,
        help=_('Share name'))
    common.add_option(parser, '--description', attr=desc_attr,
        help=_('Share description'))
    # fmt: on


#: What ``share set --status`` may set: Manila's reset_status choices.
SHARE_STATUSES = (
    'available',
    'creating',
    'deleting',
    'error',
    'error_deleting',
    'migrating',
    'migrating_to',
    'server_migrating',
)
#: What ``share set --task-state`` may set (Manila's TASK_STATE_STATUSES).
TASK_STATES = (
    'migration_starting',
    'migration_in_progress',
    'migration_completing',
    'migration_success',
    'migration_error',
    'migration_cancelled',
    'migration_driver_in_progress',
    'migration_driver_phase1_done',
    'data_copying_starting',
    'data_copying_in_progress',
    'data_copying_completing',
    'data_copying_completed',
    'data_copying_cancelled',
    'data_copying_error',
)
_CLEARED = ('none', 'null', '')


def _listed(choices):
    return ', '.join(choices)


def _choice(noun, choices):
    """An argparse ``type``: one of ``choices``, else a one-line error."""

    def check(value):
        if value not in choices:
            raise argparse.ArgumentTypeError(
                _("'%(value)s' is not a valid %(noun)s (see --help)")
                % {'value': value, 'noun': noun}
            )
        return value

    return check


def _task_state(value):
    if value.lower() in _CLEARED:
        return value
    return _choice(_('task state'), TASK_STATES)(value)


def _known_share_type(cmd, value, parsed_args):
    """The type as given, once it is known to exist (named if not)."""
    cmd.client.find_share_type(value, ignore_missing=False)
    return value


class CreateShare(common.ShowOne):
    _description = _('Create a new share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, 'share_proto', metavar='<share-protocol>',
            attr='share_protocol', help=_(
                'Share protocol (NFS, CIFS, CephFS, GlusterFS, HDFS, MAPRFS)'))
        add(parser, 'size', metavar='<size>', type=common.positive_int,
            attr=True, help=_('Share size in GiB'))
        _add_text_options(parser)
        parser.add_argument('--snapshot-id', metavar='<snapshot>',
            help=_('Create the share from this snapshot (name or ID)'))
        common.add_property_option(parser, _(
            'Set a property on the share (repeat option to set multiple '
            'properties)'))
        add(parser, '--share-network', attr='share_network_id',
            find='share_network',
            help=_('Share network to export the share on (name or ID)'))
        add(parser, '--share-type', attr=True, find=_known_share_type,
            help=_('Share type (name or ID); the default type otherwise'))
        _add_visibility_options(parser)
        add(parser, '--availability-zone', attr=True,
            help=_('Availability zone to create the share in'))
        add(parser, '--share-group', attr='share_group_id',
            find='share_group',
            help=_('Share group to create the share in (name or ID)'))
        add(parser, '--scheduler-hint', metavar='<key=value>',
            action=parseractions.KeyValueAction, min_version='2.65', help=_(
                'Scheduler hint: same_host or different_host, each a '
                'comma-separated list of shares (names or IDs) (repeat '
                'option to set multiple hints)'))
        add(parser, '--mount-point-name', attr=True, min_version='2.84',
            help=_('Human readable name used in the export path'))
        add(parser, '--encryption-key-ref', attr=True, min_version='2.90',
            help=_('Reference of the encryption key in the key manager'))
        common.add_wait_options(parser,
            _('Wait for the share to become available'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        attrs = common.get_attrs(self, parsed_args)
        if parsed_args.snapshot_id:
            snapshot = client.find_share_snapshot(
                parsed_args.snapshot_id, ignore_missing=False
            )
            attrs['snapshot_id'] = snapshot.id
            # A clone is at least as big as its snapshot.
            attrs['size'] = max(parsed_args.size, snapshot.size or 0)
        if parsed_args.scheduler_hint:
            attrs['scheduler_hints'] = _scheduler_hints(
                client, parsed_args.scheduler_hint
            )
        share = client.create_share(**attrs)
        return _created(self, share, parsed_args, CREATE_FAILURES)


def _scheduler_hints(client, hints):
    allowed = ('same_host', 'different_host')
    resolved = {}
    for key, value in hints.items():
        if key not in allowed:
            raise exceptions.CommandError(
                _('Unknown scheduler hint %(key)r: use %(allowed)s')
                % {'key': key, 'allowed': ' or '.join(allowed)}
            )
        resolved[key] = ','.join(
            find_share(client, name.strip()).id
            for name in value.split(',')
            if name.strip()
        )
    return resolved


class DeleteShare(common.Command):
    _description = _('Delete one or more shares')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        add_share_argument(parser, _('Share(s) to delete (name or ID)'), True)
        parser.add_argument('--share-group', metavar='<share-group>',
            help=_('Share group the share(s) belong to (name or ID)'))
        parser.add_argument('--force', action='store_true', default=False,
            help=_('Delete whatever the share status (admin only)'))
        common.add_option(parser, '--soft', action='store_true',
            default=False, min_version='2.69',
            help=_('Move the share(s) to the recycle bin'))
        common.add_wait_options(parser,
            _('Wait for the share(s) to be deleted'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        if parsed_args.soft and parsed_args.force:
            raise exceptions.CommandError(
                _('--soft and --force cannot be used together')
            )

        group_id = None
        if parsed_args.share_group:
            group_id = client.find_share_group(
                parsed_args.share_group, ignore_missing=False
            ).id

        def delete(name_or_id):
            share = find_share(client, name_or_id)
            try:
                if parsed_args.soft:
                    client.soft_delete_share(share)
                else:
                    client.delete_share(
                        share,
                        ignore_missing=False,
                        force=parsed_args.force,
                        share_group_id=group_id,
                    )
            except sdk_exceptions.HttpException as err:
                raise _with_lock_reasons(client, share, err) from err
            return share

        waiter = common.waiter_for_delete(self, parsed_args, DELETE_FAILURES)
        common.for_each(
            parsed_args.shares,
            delete,
            _('shares'),
            _('delete'),
            then=None if parsed_args.soft else waiter,
        )


def _with_lock_reasons(client, share, err):
    """Manila names the locks that stop a deletion: add their reasons.

    It answers 403 "Resource lock/s [<ids>] prevent delete action." and
    says nothing of why; the locks themselves do.
    """
    message = common.one_line(err)
    if 'resource lock' not in message.lower():
        return err
    try:
        reasons = [
            lock.lock_reason
            for lock in client.resource_locks(
                resource_id=share.id, resource_action='delete'
            )
            if lock.lock_reason
        ]
    except Exception:  # the deletion's own error is what matters
        reasons = []
    if reasons:
        message = '%s (%s: %s)' % (
            message.rstrip('.'),
            _('reason') if len(reasons) == 1 else _('reasons'),
            '; '.join(reasons),
        )
    return exceptions.CommandError(message)


class ListShare(common.Lister):
    _description = _('List shares')
    resource = _share.Share

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        common.add_name_filters(parser, _('share'))
        add(parser, '--status', attr=True,
            help=_('Filter by status'))
        add(parser, '--snapshot', attr='snapshot_id', find='share_snapshot',
            help=_('Filter by source snapshot (name or ID)'))
        add(parser, '--export-location', min_version='2.35',
            help=_('Filter by export location (ID or path)'))
        add(parser, '--soft-deleted', action='store_true', default=False,
            attr='is_soft_deleted', min_version='2.69',
            help=_('List the shares in the recycle bin'))
        add(parser, '--public', action='store_true', default=False,
            attr='is_public',
            help=_('Include public shares of other projects'))
        add(parser, '--share-network', attr='share_network_id',
            find='share_network',
            help=_('Filter by share network (name or ID)'))
        add(parser, '--share-type', attr='share_type_id', find='share_type',
            help=_('Filter by share type (name or ID)'))
        add(parser, '--share-group', attr='share_group_id',
            find='share_group',
            help=_('Filter by share group (name or ID)'))
        add(parser, '--host', attr=True,
            help=_('Filter by host (admin)'))
        add(parser, '--share-server', attr='share_server_id',
            find='share_server',
            help=_('Filter by share server (ID or backend identifier, '
                   'admin)'))
        common.add_project_filters(parser, _('shares'), user=True)
        common.add_property_option(parser, _(
            'Filter by property (repeat option to filter by multiple '
            'properties)'))
        add(parser, '--extra-spec', metavar='<key=value>',
            action=parseractions.KeyValueAction, attr='extra_specs', help=_(
                'Filter by share type extra spec (repeat option to filter by '
                'multiple extra specs)'))
        add(parser, '--encryption-key-ref', attr=True, min_version='2.90',
            help=_('Filter by encryption key reference'))
        add(parser, '--availability-zone', attr=True, min_version='2.97',
            help=_('Filter by availability zone'))
        common.add_long_option(parser,
            help=_('List every share field'))
        common.add_paging_options(parser, _('shares'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        query = {}
        location = parsed_args.export_location
        if location:
            uuid_like = common.is_uuid_like(location)
            key = 'export_location_id' if uuid_like else 'export_location_path'
            query[key] = location
        return common.list_items(
            self,
            parsed_args,
            self.client.shares,
            LIST_COLUMNS,
            LONG_COLUMNS,
            FORMATTERS,
            query,
        )


class ShowShare(common.ShowOne):
    _description = _('Show the details of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_share_argument(parser, _('Share to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        share = find_share(self.client, parsed_args.share)
        return show_share(self.client, share)


class _ChangeShare(common.ChangeCommand):
    noun = _('share')
    update = 'update_share'

    def find_target(self, parsed_args):
        return find_share(self.client, parsed_args.share)


class SetShare(_ChangeShare):
    _description = _('Set share properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        add_share_argument(parser, _('Share to modify (name or ID)'))
        common.add_property_option(parser, _(
            'Set a property on the share (repeat option to set multiple '
            'properties)'), attr=None, step='update_share_metadata')
        _add_text_options(parser, 'display_name', 'display_description')
        _add_visibility_options(parser)
        common.add_option(parser, '--status', step='reset_share_status',
            type=_choice(_('share status'), SHARE_STATUSES), help=_(
                'Reset the share status (admin only): %s') % _listed(
                SHARE_STATUSES))
        common.add_option(parser, '--task-state', nargs='?', const='None',
            type=_task_state,
            step=('reset_share_task_state', {}, common.none_if_cleared),
            help=_(
                'Reset the share task state (admin only): %s; no value or '
                '"None" clears it') % _listed(TASK_STATES))
        # fmt: on
        return parser


class UnsetShare(_ChangeShare):
    _description = _('Unset share properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        add_share_argument(parser, _('Share to modify (name or ID)'))
        common.add_property_unset_option(parser, _(
            'Remove a property from the share (repeat option to remove '
            'multiple properties)'),
            step=('delete_share_metadata', {'ignore_missing': False}))
        common.add_clear_options(parser, _('share'), 'display_name',
                                 'display_description')
        # fmt: on
        return parser


class ResizeShare(common.Command):
    _description = _('Extend or shrink a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        add_share_argument(parser, _('Share to resize (name or ID)'))
        parser.add_argument('new_size', metavar='<new-size>',
            type=common.positive_int, help=_('New size of the share, in GiB'))
        common.add_option(parser, '--force', action='store_true',
            default=False, min_version='2.64',
            help=_('Extend bypassing the scheduler (admin only)'))
        common.add_wait_options(parser,
            _('Wait for the share to be resized'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = find_share(client, parsed_args.share)
        if parsed_args.new_size == share.size:
            raise exceptions.CommandError(
                _('Share %(share)s is already %(size)s GiB')
                % {'share': parsed_args.share, 'size': share.size}
            )
        extending = parsed_args.new_size > share.size
        if parsed_args.force and not extending:
            raise exceptions.CommandError(
                _('--force only applies when extending a share')
            )
        client.resize_share(
            share, parsed_args.new_size, force=parsed_args.force
        )
        if parsed_args.wait:
            # The share found before the resize still says 'available':
            # wait from what the server says now ('extending', ...).
            common.wait_for_status(
                self,
                client.get_share(share.id),
                parsed_args,
                failures=EXTEND_FAILURES if extending else SHRINK_FAILURES,
            )


class AdoptShare(common.ShowOne):
    _description = _('Adopt a share the backend already has (manage)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        parser.add_argument('service_host', metavar='<service-host>',
            help=_('Service host of the share: host@backend#pool'))
        parser.add_argument('protocol', metavar='<protocol>',
            help=_('Share protocol (NFS, CIFS, ...)'))
        parser.add_argument('export_path', metavar='<export-path>',
            help=_('Export path of the share on the backend'))
        _add_text_options(parser)
        add(parser, '--share-type', attr=True, find=_known_share_type,
            help=_('Share type (name or ID)'))
        add(parser, '--driver-options', metavar='<key=value>',
            action=parseractions.KeyValueAction, attr=True,
            help=_('Driver option (repeat option to set multiple options)'))
        _add_visibility_options(parser, min_version='2.8')
        add(parser, '--share-server-id', attr=True, min_version='2.49',
            help=_('Share server of the share (ID), for backends that '
                   'handle share servers'))
        add(parser, '--mount-point-name', attr=True, min_version='2.92',
            help=_('Human readable name used in the export path'))
        common.add_wait_options(parser,
            _('Wait for the share to become available'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        share = self.client.manage_share(
            parsed_args.protocol,
            parsed_args.export_path,
            parsed_args.service_host,
            **common.get_attrs(self, parsed_args),
        )
        return _created(self, share, parsed_args, MANAGE_FAILURES)


class AbandonShare(common.RemoveCommand):
    _description = _('Abandon one or more shares (unmanage)')
    noun = _('shares')
    verb = _('abandon')
    call = 'unmanage_share'
    call_kwargs = {}
    wait_help = _('Wait for the share(s) to be abandoned')
    wait_failures = UNMANAGE_FAILURES

    def add_targets(self, parser):
        return add_share_argument(
            parser, _('Share(s) to abandon (name or ID)'), True
        )

    def find_target(self, value):
        return find_share(self.client, value)


class RevertShare(common.Command):
    _description = _('Revert a share to its latest snapshot')
    min_version = '2.27'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument('snapshot', metavar='<snapshot>',
            help=_('Snapshot to revert to: the latest of its share (name or '
                   'ID)'))
        common.add_wait_options(parser,
            _('Wait for the share to be reverted'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        snapshot = client.find_share_snapshot(
            parsed_args.snapshot, ignore_missing=False
        )
        client.revert_share_to_snapshot(snapshot.share_id, snapshot.id)
        if parsed_args.wait:
            share = client.get_share(snapshot.share_id)
            common.wait_for_status(
                self, share, parsed_args, failures=REVERT_FAILURES
            )


class RestoreShare(common.Command):
    _description = _('Restore one or more shares from the recycle bin')
    min_version = '2.69'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_share_argument(parser, _('Share(s) to restore (name or ID)'), True)
        return parser

    def take_action(self, parsed_args):
        client = self.client

        def restore(name_or_id):
            share = find_share(client, name_or_id, is_soft_deleted=True)
            client.restore_share(share)

        common.for_each(parsed_args.shares, restore, _('shares'), _('restore'))


class ShowShareProperties(common.ShowOne):
    _description = _('Show the properties of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_share_argument(parser, _('Share (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        share = find_share(self.client, parsed_args.share)
        metadata = self.client.get_share_metadata(share).metadata or {}
        return common.show_dict(dict(sorted(metadata.items())))
