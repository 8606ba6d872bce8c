"""Share action implementations"""

import logging

from osc_lib.cli import format_columns
from osc_lib.cli import parseractions
from osc_lib import exceptions
from osc_lib import utils

from osc_share_plugin.i18n import _
from osc_share_plugin.v2 import common

LOG = logging.getLogger(__name__)

#: SDK attribute -> the name Manila (and python-manilaclient) show.
COLUMN_MAP = {
    'share_protocol': 'share_proto',
    'is_replicated': 'has_replicas',
    'is_snapshot_supported': 'snapshot_support',
    'is_creating_new_share_from_snapshot_supported': (
        'create_share_from_snapshot_support'
    ),
    'is_reverting_to_snapshot_supported': 'revert_to_snapshot_support',
    'is_mounting_snapshot_supported': 'mount_snapshot_support',
    'is_snapshot_inheriting_share_access_supported': (
        'snapshot_inherit_share_access_support'
    ),
    'metadata': 'properties',
}
HIDDEN_COLUMNS = (
    'display_name',
    'display_description',
    'scheduler_hints',
    'volume_type',
    'links',
)
FORMATTERS = {'metadata': format_columns.DictColumn}

#: (attribute, header, only with --long)
LIST_COLUMNS = (
    ('id', 'ID', False),
    ('name', 'Name', False),
    ('size', 'Size', False),
    ('share_protocol', 'Share Proto', False),
    ('status', 'Status', False),
    ('is_public', 'Is Public', False),
    ('share_type_name', 'Share Type Name', False),
    ('host', 'Host', False),
    ('availability_zone', 'Availability Zone', False),
    ('description', 'Description', True),
    ('share_network_id', 'Share Network ID', True),
    ('share_server_id', 'Share Server ID', True),
    ('share_type', 'Share Type', True),
    ('share_group_id', 'Share Group ID', True),
    ('user_id', 'User ID', True),
    ('project_id', 'Project ID', True),
    ('access_rules_status', 'Access Rules Status', True),
    ('snapshot_id', 'Source Snapshot ID', True),
    ('is_snapshot_supported', 'Supports Creating Snapshots', True),
    (
        'is_creating_new_share_from_snapshot_supported',
        'Supports Cloning Snapshots',
        True,
    ),
    ('is_mounting_snapshot_supported', 'Supports Mounting Snapshots', True),
    (
        'is_reverting_to_snapshot_supported',
        'Supports Reverting to Snapshot',
        True,
    ),
    ('task_state', 'Migration Task Status', True),
    (
        'source_share_group_snapshot_member_id',
        'Source Share Group Snapshot Member ID',
        True,
    ),
    ('replication_type', 'Replication Type', True),
    ('is_replicated', 'Has Replicas', True),
    ('created_at', 'Created At', True),
    ('metadata', 'Properties', True),
    ('mount_point_name', 'Mount Point Name', True),
    ('encryption_key_ref', 'Encryption Key Ref', True),
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


def _show_share(client, share):
    """Columns and data for a share, with its export locations."""
    extra = {}
    if common.supports_microversion(client, '2.9'):
        # What the server said, by its names: members get no
        # is_admin_only, and fields it did not send are not made up.
        locations = [
            dict(location._body.attributes)
            for location in client.export_locations(share)
        ]
        extra['export_locations'] = common.ExportLocationsColumn(locations)
    return common.show_item(
        share, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS, extra
    )


def _find_share(client, name_or_id, **query):
    return client.find_share(name_or_id, ignore_missing=False, **query)


def _add_visibility_options(parser, min_version=None):
    group = parser.add_mutually_exclusive_group()
    common.add_option(
        group,
        '--public',
        action='store_true',
        default=None,
        min_version=min_version,
        help=_('Make the share visible to every project'),
    )
    common.add_option(
        group,
        '--private',
        action='store_false',
        dest='public',
        default=None,
        help=_('Make the share visible to its own project only'),
    )


class CreateShare(common.ShowOne):
    _description = _('Create a new share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share_proto',
            metavar='<share-protocol>',
            help=_(
                'Share protocol (NFS, CIFS, CephFS, GlusterFS, HDFS, MAPRFS)'
            ),
        )
        parser.add_argument(
            'size',
            metavar='<size>',
            type=common.positive_int,
            help=_('Share size in GiB'),
        )
        parser.add_argument('--name', metavar='<name>', help=_('Share name'))
        parser.add_argument(
            '--description',
            metavar='<description>',
            help=_('Share description'),
        )
        parser.add_argument(
            '--snapshot-id',
            metavar='<snapshot>',
            help=_('Create the share from this snapshot (name or ID)'),
        )
        common.add_property_option(
            parser,
            _(
                'Set a property on the share (repeat option to set '
                'multiple properties)'
            ),
        )
        parser.add_argument(
            '--share-network',
            metavar='<share-network>',
            help=_('Share network to export the share on (ID)'),
        )
        parser.add_argument(
            '--share-type',
            metavar='<share-type>',
            help=_('Share type (name or ID); the default type otherwise'),
        )
        _add_visibility_options(parser)
        parser.add_argument(
            '--availability-zone',
            metavar='<availability-zone>',
            help=_('Availability zone to create the share in'),
        )
        parser.add_argument(
            '--share-group',
            metavar='<share-group>',
            help=_('Share group to create the share in (ID)'),
        )
        common.add_option(
            parser,
            '--scheduler-hint',
            metavar='<key=value>',
            action=parseractions.KeyValueAction,
            min_version='2.65',
            help=_(
                'Scheduler hint: same_host or different_host, each a '
                'comma-separated list of shares (names or IDs) (repeat '
                'option to set multiple hints)'
            ),
        )
        common.add_option(
            parser,
            '--mount-point-name',
            metavar='<mount-point-name>',
            min_version='2.84',
            help=_('Human readable name used in the export path'),
        )
        common.add_option(
            parser,
            '--encryption-key-ref',
            metavar='<encryption-key-ref>',
            min_version='2.90',
            help=_('Reference of the encryption key in the key manager'),
        )
        common.add_wait_options(
            parser, _('Wait for the share to become available')
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        attrs = {
            'share_protocol': parsed_args.share_proto,
            'size': parsed_args.size,
        }
        for option, attr in (
            ('name', 'name'),
            ('description', 'description'),
            ('property', 'metadata'),
            ('share_network', 'share_network_id'),
            ('share_type', 'share_type'),
            ('public', 'is_public'),
            ('availability_zone', 'availability_zone'),
            ('share_group', 'share_group_id'),
            ('mount_point_name', 'mount_point_name'),
            ('encryption_key_ref', 'encryption_key_ref'),
        ):
            value = getattr(parsed_args, option)
            if value is not None:
                attrs[attr] = value
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
        if parsed_args.wait:
            share = common.wait_for_status(
                self, share, parsed_args, failures=CREATE_FAILURES
            )
            # Available now: show where to mount it.
            return _show_share(client, share)
        return common.show_item(share, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS)


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
            _find_share(client, name.strip()).id
            for name in value.split(',')
            if name.strip()
        )
    return resolved


class DeleteShare(common.Command):
    _description = _('Delete one or more shares')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'shares',
            metavar='<share>',
            nargs='+',
            help=_('Share(s) to delete (name or ID)'),
        )
        parser.add_argument(
            '--share-group',
            metavar='<share-group>',
            help=_('Share group the share(s) belong to (ID)'),
        )
        parser.add_argument(
            '--force',
            action='store_true',
            default=False,
            help=_('Delete whatever the share status (admin only)'),
        )
        common.add_option(
            parser,
            '--soft',
            action='store_true',
            default=False,
            min_version='2.69',
            help=_('Move the share(s) to the recycle bin'),
        )
        common.add_wait_options(
            parser, _('Wait for the share(s) to be deleted')
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        if parsed_args.soft and parsed_args.force:
            raise exceptions.CommandError(
                _('--soft and --force cannot be used together')
            )

        def delete(name_or_id):
            share = _find_share(client, name_or_id)
            if parsed_args.soft:
                client.soft_delete_share(share)
            else:
                client.delete_share(
                    share,
                    ignore_missing=False,
                    force=parsed_args.force,
                    share_group_id=parsed_args.share_group,
                )
            return share

        common.for_each(
            parsed_args.shares,
            delete,
            _('shares'),
            _('delete'),
            then=None
            if parsed_args.soft
            else common.waiter_for_delete(self, parsed_args, DELETE_FAILURES),
        )


class ListShare(common.Lister):
    _description = _('List shares')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--name', metavar='<name>', help=_('Filter by share name')
        )
        common.add_option(
            parser,
            '--name~',
            metavar='<name~>',
            dest='name_like',
            min_version='2.36',
            help=_('Filter by a part of the share name'),
        )
        common.add_option(
            parser,
            '--description',
            metavar='<description>',
            min_version='2.36',
            help=_('Filter by share description'),
        )
        common.add_option(
            parser,
            '--description~',
            metavar='<description~>',
            dest='description_like',
            min_version='2.36',
            help=_('Filter by a part of the share description'),
        )
        parser.add_argument(
            '--status', metavar='<status>', help=_('Filter by status')
        )
        parser.add_argument(
            '--snapshot',
            metavar='<snapshot>',
            help=_('Filter by source snapshot (name or ID)'),
        )
        common.add_option(
            parser,
            '--export-location',
            metavar='<export-location>',
            min_version='2.35',
            help=_('Filter by export location (ID or path)'),
        )
        common.add_option(
            parser,
            '--soft-deleted',
            action='store_true',
            default=False,
            min_version='2.69',
            help=_('List the shares in the recycle bin'),
        )
        parser.add_argument(
            '--public',
            action='store_true',
            default=False,
            help=_('Include public shares of other projects'),
        )
        parser.add_argument(
            '--share-network',
            metavar='<share-network>',
            help=_('Filter by share network (ID)'),
        )
        parser.add_argument(
            '--share-type',
            metavar='<share-type>',
            help=_('Filter by share type (name or ID)'),
        )
        parser.add_argument(
            '--share-group',
            metavar='<share-group>',
            help=_('Filter by share group (ID)'),
        )
        parser.add_argument(
            '--host', metavar='<host>', help=_('Filter by host (admin)')
        )
        parser.add_argument(
            '--share-server',
            metavar='<share-server>',
            help=_('Filter by share server (ID, admin)'),
        )
        parser.add_argument(
            '--project',
            metavar='<project>',
            help=_(
                'Filter by project (name or ID, admin); implies --all-projects'
            ),
        )
        parser.add_argument(
            '--project-domain',
            metavar='<project-domain>',
            help=_('Domain the project belongs to (name or ID)'),
        )
        parser.add_argument(
            '--user',
            metavar='<user>',
            help=_('Filter by user (name or ID, admin)'),
        )
        parser.add_argument(
            '--user-domain',
            metavar='<user-domain>',
            help=_('Domain the user belongs to (name or ID)'),
        )
        parser.add_argument(
            '--all-projects',
            action='store_true',
            default=False,
            help=_('Include the shares of all projects (admin)'),
        )
        parser.add_argument(
            '--property',
            metavar='<key=value>',
            action=parseractions.KeyValueAction,
            help=_(
                'Filter by property (repeat option to filter by '
                'multiple properties)'
            ),
        )
        parser.add_argument(
            '--extra-spec',
            metavar='<key=value>',
            action=parseractions.KeyValueAction,
            help=_(
                'Filter by share type extra spec (repeat option to '
                'filter by multiple extra specs)'
            ),
        )
        common.add_option(
            parser,
            '--encryption-key-ref',
            metavar='<encryption-key-ref>',
            min_version='2.90',
            help=_('Filter by encryption key reference'),
        )
        common.add_option(
            parser,
            '--availability-zone',
            metavar='<availability-zone>',
            min_version='2.97',
            help=_('Filter by availability zone'),
        )
        parser.add_argument(
            '--long',
            action='store_true',
            default=False,
            help=_('List every share field'),
        )
        common.add_paging_options(parser, _('shares'))
        return parser

    def take_action(self, parsed_args):
        client = self.client
        query = {}
        for option, key in (
            ('name', 'name'),
            ('name_like', 'name~'),
            ('description', 'description'),
            ('description_like', 'description~'),
            ('status', 'status'),
            ('share_network', 'share_network_id'),
            ('share_group', 'share_group_id'),
            ('host', 'host'),
            ('share_server', 'share_server_id'),
            ('property', 'metadata'),
            ('extra_spec', 'extra_specs'),
            ('encryption_key_ref', 'encryption_key_ref'),
            ('availability_zone', 'availability_zone'),
            ('limit', 'limit'),
            ('offset', 'offset'),
        ):
            value = getattr(parsed_args, option)
            if value is not None:
                query[key] = value
        if parsed_args.public:
            query['is_public'] = True
        if parsed_args.soft_deleted:
            query['is_soft_deleted'] = True
        if parsed_args.snapshot:
            query['snapshot_id'] = client.find_share_snapshot(
                parsed_args.snapshot, ignore_missing=False
            ).id
        if parsed_args.share_type:
            query['share_type_id'] = client.find_share_type(
                parsed_args.share_type, ignore_missing=False
            ).id
        if parsed_args.export_location:
            key = (
                'export_location_id'
                if common.is_uuid_like(parsed_args.export_location)
                else 'export_location_path'
            )
            query[key] = parsed_args.export_location
        if parsed_args.project:
            query['project_id'] = common.find_project_id(
                self.app, parsed_args.project, parsed_args.project_domain
            )
        if parsed_args.user:
            query['user_id'] = common.find_user_id(
                self.app, parsed_args.user, parsed_args.user_domain
            )
        if parsed_args.all_projects or parsed_args.project:
            query['all_projects'] = True
        query.update(common.sort_query(parsed_args.sort))
        if parsed_args.marker:
            query['offset'] = common.offset_after_marker(
                client.shares, parsed_args.marker, query
            )
        attrs, headers = common.list_columns(LIST_COLUMNS, parsed_args.long)
        shares = client.shares(**query)
        return headers, (
            utils.get_item_properties(share, attrs, formatters=FORMATTERS)
            for share in shares
        )


class ShowShare(common.ShowOne):
    _description = _('Show the details of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share', metavar='<share>', help=_('Share to show (name or ID)')
        )
        return parser

    def take_action(self, parsed_args):
        share = _find_share(self.client, parsed_args.share)
        return _show_share(self.client, share)


class SetShare(common.Command):
    _description = _('Set share properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share', metavar='<share>', help=_('Share to modify (name or ID)')
        )
        common.add_property_option(
            parser,
            _(
                'Set a property on the share (repeat option to set '
                'multiple properties)'
            ),
        )
        parser.add_argument(
            '--name', metavar='<name>', help=_('New share name')
        )
        parser.add_argument(
            '--description',
            metavar='<description>',
            help=_('New share description'),
        )
        _add_visibility_options(parser)
        parser.add_argument(
            '--status',
            metavar='<status>',
            help=_(
                'Reset the share status, such as available or error '
                '(admin only)'
            ),
        )
        parser.add_argument(
            '--task-state',
            metavar='<task-state>',
            nargs='?',
            const='None',
            help=_(
                'Reset the share task state; no value or "None" clears '
                'it (admin only)'
            ),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = _find_share(client, parsed_args.share)
        attrs = {}
        if parsed_args.name is not None:
            attrs['display_name'] = parsed_args.name
        if parsed_args.description is not None:
            attrs['display_description'] = parsed_args.description
        if parsed_args.public is not None:
            attrs['is_public'] = parsed_args.public
        steps = []
        if attrs:
            steps.append(lambda: client.update_share(share, **attrs))
        if parsed_args.property:
            steps.append(
                lambda: client.update_share_metadata(
                    share, parsed_args.property
                )
            )
        if parsed_args.status:
            steps.append(
                lambda: client.reset_share_status(share, parsed_args.status)
            )
        if parsed_args.task_state is not None:
            task_state = parsed_args.task_state
            if task_state.lower() in ('none', 'null', ''):
                task_state = None
            steps.append(
                lambda: client.reset_share_task_state(share, task_state)
            )
        common.run_steps(steps, _('share'), share)


class UnsetShare(common.Command):
    _description = _('Unset share properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share', metavar='<share>', help=_('Share to modify (name or ID)')
        )
        common.add_property_unset_option(
            parser,
            _(
                'Remove a property from the share (repeat option to '
                'remove multiple properties)'
            ),
        )
        parser.add_argument(
            '--name', action='store_true', help=_('Clear the share name')
        )
        parser.add_argument(
            '--description',
            action='store_true',
            help=_('Clear the share description'),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = _find_share(client, parsed_args.share)
        attrs = {}
        if parsed_args.name:
            attrs['display_name'] = None
        if parsed_args.description:
            attrs['display_description'] = None
        steps = []
        if attrs:
            steps.append(lambda: client.update_share(share, **attrs))
        if parsed_args.property:
            steps.append(
                lambda: client.delete_share_metadata(
                    share, parsed_args.property, ignore_missing=False
                )
            )
        common.run_steps(steps, _('share'), share)


class ResizeShare(common.Command):
    _description = _('Extend or shrink a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share', metavar='<share>', help=_('Share to resize (name or ID)')
        )
        parser.add_argument(
            'new_size',
            metavar='<new-size>',
            type=common.positive_int,
            help=_('New size of the share, in GiB'),
        )
        common.add_option(
            parser,
            '--force',
            action='store_true',
            default=False,
            min_version='2.64',
            help=_('Extend bypassing the scheduler (admin only)'),
        )
        common.add_wait_options(parser, _('Wait for the share to be resized'))
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = _find_share(client, parsed_args.share)
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
        parser.add_argument(
            'service_host',
            metavar='<service-host>',
            help=_('Service host of the share: host@backend#pool'),
        )
        parser.add_argument(
            'protocol',
            metavar='<protocol>',
            help=_('Share protocol (NFS, CIFS, ...)'),
        )
        parser.add_argument(
            'export_path',
            metavar='<export-path>',
            help=_('Export path of the share on the backend'),
        )
        parser.add_argument('--name', metavar='<name>', help=_('Share name'))
        parser.add_argument(
            '--description',
            metavar='<description>',
            help=_('Share description'),
        )
        parser.add_argument(
            '--share-type',
            metavar='<share-type>',
            help=_('Share type (name or ID)'),
        )
        parser.add_argument(
            '--driver-options',
            metavar='<key=value>',
            action=parseractions.KeyValueAction,
            help=_('Driver option (repeat option to set multiple options)'),
        )
        _add_visibility_options(parser, min_version='2.8')
        common.add_option(
            parser,
            '--share-server-id',
            metavar='<share-server-id>',
            min_version='2.49',
            help=_(
                'Share server of the share (ID), for backends that '
                'handle share servers'
            ),
        )
        common.add_option(
            parser,
            '--mount-point-name',
            metavar='<mount-point-name>',
            min_version='2.92',
            help=_('Human readable name used in the export path'),
        )
        common.add_wait_options(
            parser, _('Wait for the share to become available')
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        params = {}
        for option, key in (
            ('name', 'name'),
            ('description', 'description'),
            ('share_type', 'share_type'),
            ('driver_options', 'driver_options'),
            ('public', 'is_public'),
            ('share_server_id', 'share_server_id'),
            ('mount_point_name', 'mount_point_name'),
        ):
            value = getattr(parsed_args, option)
            if value is not None:
                params[key] = value
        share = client.manage_share(
            parsed_args.protocol,
            parsed_args.export_path,
            parsed_args.service_host,
            **params,
        )
        if parsed_args.wait:
            share = common.wait_for_status(
                self, share, parsed_args, failures=MANAGE_FAILURES
            )
            # Available now: show where to mount it.
            return _show_share(client, share)
        return common.show_item(share, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS)


class AbandonShare(common.Command):
    _description = _('Abandon one or more shares (unmanage)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'shares',
            metavar='<share>',
            nargs='+',
            help=_('Share(s) to abandon (name or ID)'),
        )
        common.add_wait_options(
            parser, _('Wait for the share(s) to be abandoned')
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client

        def abandon(name_or_id):
            share = _find_share(client, name_or_id)
            client.unmanage_share(share)
            return share

        common.for_each(
            parsed_args.shares,
            abandon,
            _('shares'),
            _('abandon'),
            then=common.waiter_for_delete(
                self, parsed_args, UNMANAGE_FAILURES
            ),
        )


class RevertShare(common.Command):
    _description = _('Revert a share to its latest snapshot')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'snapshot',
            metavar='<snapshot>',
            help=_(
                'Snapshot to revert to: the latest of its share (name or ID)'
            ),
        )
        common.add_wait_options(parser, _('Wait for the share to be reverted'))
        return parser

    def take_action(self, parsed_args):
        client = self.client
        common.require_microversion(client, '2.27', _('share revert'))
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

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'shares',
            metavar='<share>',
            nargs='+',
            help=_('Share(s) to restore (name or ID)'),
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        common.require_microversion(client, '2.69', _('share restore'))

        def restore(name_or_id):
            share = _find_share(client, name_or_id, is_soft_deleted=True)
            client.restore_share(share)

        common.for_each(parsed_args.shares, restore, _('shares'), _('restore'))


class ShowShareProperties(common.ShowOne):
    _description = _('Show the properties of a share')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'share', metavar='<share>', help=_('Share (name or ID)')
        )
        return parser

    def take_action(self, parsed_args):
        client = self.client
        share = _find_share(client, parsed_args.share)
        metadata = client.get_share_metadata(share).metadata or {}
        return tuple(sorted(metadata)), tuple(
            metadata[key] for key in sorted(metadata)
        )
