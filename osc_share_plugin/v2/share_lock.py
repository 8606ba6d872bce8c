"""Resource lock action implementations (2.81; access rules 2.82)"""

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import resource_lock as _lock
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_backup

LOCK_VERSION = '2.81'
_SHORT = (
    'id',
    ('resource_id', 'Resource Id'),
    'resource_type',
    'resource_action',
)
LIST_COLUMNS = common.columns(_lock.ResourceLock, *_SHORT)
LONG_COLUMNS = common.columns(
    _lock.ResourceLock,
    *_SHORT,
    'lock_context',
    ('user_id', 'User Id'),
    ('project_id', 'Project Id'),
    'created_at',
    'updated_at',
    'lock_reason',
)


LOCK = targets.Target('lock', 'find_resource_lock')


def _add_reason_option(parser, **kwargs):
    if 'action' not in kwargs:
        kwargs['metavar'] = '<lock-reason>'
    common.add_option(
        parser, '--lock-reason', '--lock_reason', '--reason',
        dest='lock_reason', **kwargs,
    )  # fmt: skip


def _resource_id(cmd, value, parsed_args):
    """``--resource``: an ID as given; a name is a share's."""
    if common.is_uuid_like(value):
        return value
    kind = parsed_args.resource_type or 'share'
    query = {'all_projects': True} if parsed_args.all_projects else {}
    return cmd.client.find_lockable_resource(value, kind, **query)[1].id


class CreateShareLock(common.ShowOne):
    _description = _(
        'Lock an action (delete, or show for access rules) on a share or '
        'an access rule'
    )
    min_version = LOCK_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            'resource', metavar='<resource_name_or_id>',
            help=_('Share (name or ID) or access rule (ID) to lock'))
        parser.add_argument(
            'resource_type', metavar='<resource_type>', nargs='?',
            help=_('share or access_rule (default: what the resource '
                   'turns out to be)'))
        common.add_option(
            parser, '--resource-action', '--resource_action',
            metavar='<resource-action>', default='delete',
            help=_('Action to lock: delete (default), or show (access '
                   'rules: hides their access_to and access_key)'))
        _add_reason_option(parser, attr=True, help=_('Reason for the lock'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        kind, found = client.find_lockable_resource(
            parsed_args.resource, parsed_args.resource_type
        )
        lock = client.create_resource_lock(
            resource_id=found.id,
            resource_type=kind,
            resource_action=parsed_args.resource_action,
            **common.get_attrs(self, parsed_args),
        )
        return common.show_item(lock, hidden=('links', 'name'))


class DeleteShareLock(common.RemoveCommand):
    _description = _('Remove one or more resource locks')
    min_version = LOCK_VERSION
    noun = _('locks')
    call = 'delete_resource_lock'
    target = LOCK
    target_help = _('Lock(s) to remove (ID)')


class ListShareLock(common.Lister):
    _description = _('List resource locks')
    min_version = LOCK_VERSION
    resource = _lock.ResourceLock

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        common.add_project_filters(parser, _('locks'), user=True)
        add(parser, '--id', attr=True, help=_('Filter by lock ID'))
        add(parser, '--resource', '--resource-id', '--resource_id',
            dest='resource', attr='resource_id', find=_resource_id,
            metavar='<resource>',
            help=_('Filter by locked resource (ID, or a share name; with '
                   '--resource-type, that type)'))
        add(parser, '--resource-type', '--resource_type', attr=True,
            metavar='<resource-type>',
            help=_('Filter by type of resource: share or access_rule'))
        add(parser, '--resource-action', '--resource_action', attr=True,
            metavar='<resource-action>',
            help=_('Filter by locked action: delete or show'))
        add(parser, '--lock-context', '--lock_context', '--context',
            dest='lock_context', attr=True, metavar='<lock-context>',
            choices=('user', 'admin', 'service'),
            help=_('Filter by who placed the lock: user, admin or service'))
        add(parser, '--since', attr='created_since',
            help=_('Filter by locks created since this date (ISO 8601)'))
        add(parser, '--before', attr='created_before',
            help=_('Filter by locks created before this date (ISO 8601)'))
        share_backup.add_paging_options(parser, _('locks'))
        share_backup.add_detail_option(parser, '--detailed')
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.resource_locks, LIST_COLUMNS,
            LONG_COLUMNS,
        )  # fmt: skip


class ShowShareLock(common.ShowOne):
    _description = _('Show the details of a resource lock')
    min_version = LOCK_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        LOCK.add(parser, _('Lock to show (ID)'))
        return parser

    def take_action(self, parsed_args):
        lock = LOCK.find_given(self.client, parsed_args)
        # Named as manilaclient names them: like the list's headers.
        attrs, headers = LONG_COLUMNS
        return headers, tuple(getattr(lock, attr) for attr in attrs)


class SetShareLock(common.Command):
    _description = _('Change what a resource lock locks, or its reason')
    min_version = LOCK_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        LOCK.add(parser, _('Lock to modify (ID)'))
        common.add_option(
            parser, '--resource-action', '--resource_action', attr=True,
            metavar='<resource-action>',
            help=_('Action to lock instead: delete or show'))
        _add_reason_option(parser, attr=True, help=_('New lock reason'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        attrs = common.get_attrs(self, parsed_args)
        if attrs:
            lock = LOCK.find_given(self.client, parsed_args)
            self.client.update_resource_lock(lock, **attrs)


class UnsetShareLock(common.Command):
    _description = _('Clear the reason of a resource lock')
    min_version = LOCK_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        LOCK.add(parser, _('Lock to modify (ID)'))
        _add_reason_option(
            parser, action='store_true', default=False,
            help=_('Clear the lock reason'),
        )  # fmt: skip
        return parser

    def take_action(self, parsed_args):
        if parsed_args.lock_reason:
            lock = LOCK.find_given(self.client, parsed_args)
            self.client.update_resource_lock(lock, lock_reason=None)
