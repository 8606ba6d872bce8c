"""Share access rule action implementations"""

import ipaddress
import re
import string

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_access_rule as _rule
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share

COLUMN_MAP = {'metadata': 'properties'}
HIDDEN_COLUMNS = ('lock_visibility', 'lock_deletion', 'lock_reason')
FORMATTERS = {'metadata': format_columns.DictColumn}
_SHORT = ('id', 'access_type', 'access_to', 'access_level', 'state')
ACCESS_LEVELS = ('rw', 'ro')
ACCESS_TYPES = ('ip', 'user', 'cert', 'cephx')
#: Access types only one protocol takes: Manila's drivers give ``cert``
#: (TLS identities) to GlusterFS and ``cephx`` to CephFS only.
ONLY_FOR = {'cert': 'GLUSTERFS', 'cephx': 'CEPHFS'}
#: Manila's own username rules (manila/api/common.py validate_username).
_USER_RE = re.compile(r'.[^\"\/\\\[\]\:\;\|\=\,\+\*\?\<\>]{3,254}$')
FAILURES = ('error',)
PROPERTIES_VERSION = '2.45'
LOCK_VERSION = '2.82'


def check_level(level):
    if level is not None and level not in ACCESS_LEVELS:
        raise exceptions.CommandError(
            _('Access level %r is not one of rw, ro') % level
        )


def check_access(client, access_type, access_to, protocol=None):
    """Manila's checks of a new rule, as one line before any request.

    The server has the last word; these give the clearer message first.
    """
    if access_type not in ACCESS_TYPES:
        raise exceptions.CommandError(
            _("Access type %r is not one of 'ip', 'user', 'cert', 'cephx'")
            % access_type
        )
    only = ONLY_FOR.get(access_type)
    if only and protocol and protocol.upper() != only:
        raise exceptions.CommandError(
            _('Access type %(type)s does not apply to %(proto)s shares '
              '(only to %(only)s)')
            % {'type': access_type, 'proto': protocol.upper(), 'only': only}
        )  # fmt: skip
    problem = _access_to_problem(client, access_type, access_to)
    if problem:
        raise exceptions.CommandError(
            _('Invalid %(type)s access to %(to)r: %(problem)s')
            % {'type': access_type, 'to': access_to, 'problem': problem}
        )


def _access_to_problem(client, access_type, access_to):
    if access_type == 'ip':
        ipv6 = common.supports_microversion(client, '2.38')
        try:
            (ipaddress.ip_network if ipv6 else ipaddress.IPv4Network)(
                access_to
            )
        except ValueError as err:
            return str(err) if ipv6 else _('%s (IPv6 needs 2.38)') % err
    elif access_type == 'user':
        if re.match(r'[\s|\.]+$', access_to):
            return _('a name cannot be only periods or spaces')
        if not _USER_RE.match(access_to):
            return _('a user or group name is 4-255 characters, without '
                     '"/\\[]:;|=,+*?<>')  # fmt: skip
    elif access_type == 'cert':
        if not 0 < len(access_to.strip()) < 65:
            return _('a common name is 1-64 characters')
    elif access_type == 'cephx':
        if not access_to or not set(access_to) <= set(string.printable):
            return _('a Ceph ID is printable ASCII, not empty')
        if '.' in access_to:
            return _('a Ceph ID has no periods (leave out "client.")')
    return None


def show_rule(rule):
    return common.show_item(rule, COLUMN_MAP, HIDDEN_COLUMNS, FORMATTERS)


def _add_share(parser, help_text):
    share.add_share_argument(parser, help_text)


def _add_access_id(parser, help_text=None):
    parser.add_argument(
        'access_id',
        metavar='<access_id>',
        help=help_text or _('Access rule (ID)'),
    )


class CreateShareAccess(common.ShowOne):
    _description = _('Grant access to a share (create an access rule)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        _add_share(parser, _('Share to grant access to (name or ID)'))
        add(parser, 'access_type', metavar='<access_type>', attr=True,
            help=_('Access type: ip, user (user or group), cert or cephx'))
        add(parser, 'access_to', metavar='<access_to>', attr=True,
            help=_('Who gets access: an IP or CIDR, a user or group name, a '
                   'TLS identity or a Ceph ID'))
        common.add_key_value_option(
            parser, '--properties', attr='metadata',
            min_version=PROPERTIES_VERSION,
            help=_('Properties of the rule: key=value pairs, space '
                   'separated'))
        add(parser, '--access-level', metavar='<access_level>', attr=True,
            help=_('Access level: rw (default) or ro'))
        add(parser, '--lock-visibility', action='store_true', default=False,
            attr=True, min_version=LOCK_VERSION,
            help=_('Hide access_to and access_key from other users'))
        add(parser, '--lock-deletion', action='store_true', default=False,
            attr=True, min_version=LOCK_VERSION,
            help=_('Forbid deleting the rule while this lock exists'))
        add(parser, '--lock-reason', metavar='<lock_reason>', attr=True,
            min_version=LOCK_VERSION,
            help=_('Why the rule is locked (with --lock-visibility or '
                   '--lock-deletion)'))
        common.add_wait_options(
            parser, _('Wait for the rule to become active'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        if parsed_args.lock_reason and not (
            parsed_args.lock_visibility or parsed_args.lock_deletion
        ):
            raise exceptions.CommandError(
                _('--lock-reason needs --lock-visibility or --lock-deletion')
            )
        check_level(parsed_args.access_level)
        found = share.find_share(client, parsed_args.share)
        check_access(
            client,
            parsed_args.access_type,
            parsed_args.access_to,
            found.share_protocol,
        )
        rule = client.create_access_rule(
            found, **common.get_attrs(self, parsed_args)
        )
        if parsed_args.wait:
            rule = common.wait_for_status(
                self, rule, parsed_args, status='active', failures=FAILURES
            )
        return show_rule(rule)


class DeleteShareAccess(common.Command):
    _description = _('Revoke access to a share (delete access rules)')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        _add_share(parser, _('Share the rules belong to (name or ID)'))
        parser.add_argument(
            'id', metavar='<id>', nargs='+',
            help=_('Access rule(s) to delete (ID)'))
        common.add_option(
            parser, '--unrestrict', action='store_true', default=False,
            min_version=LOCK_VERSION,
            help=_('Remove the deletion locks of the rule(s) too'))
        common.add_wait_options(
            parser, _('Wait for the rule(s) to be deleted'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        found = share.find_share(client, parsed_args.share)

        def delete(access_id):
            client.delete_access_rule(
                access_id,
                found,
                ignore_missing=False,
                unrestrict=parsed_args.unrestrict,
            )
            return _rule.ShareAccessRule.existing(
                id=access_id, share_id=found.id
            )

        common.for_each(
            parsed_args.id,
            delete,
            _('access rules'),
            _('delete'),
            then=common.waiter_for_delete(self, parsed_args, FAILURES),
        )


class ListShareAccess(common.Lister):
    _description = _('List the access rules of a share')
    resource = _rule.ShareAccessRule

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        _add_share(parser, _('Share (name or ID)'))
        common.add_key_value_option(
            parser, '--properties', attr='metadata',
            min_version=PROPERTIES_VERSION,
            help=_('Filter by properties: key=value pairs, space separated'))
        add(parser, '--access-type', metavar='<access_type>', attr=True,
            min_version=LOCK_VERSION, help=_('Filter by access type'))
        add(parser, '--access-key', metavar='<access_key>', attr=True,
            min_version=LOCK_VERSION, help=_('Filter by access key'))
        add(parser, '--access-to', metavar='<access_to>', attr=True,
            min_version=LOCK_VERSION, help=_('Filter by access to'))
        add(parser, '--access-level', metavar='<access_level>', attr=True,
            min_version=LOCK_VERSION, help=_('Filter by access level'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        found = share.find_share(client, parsed_args.share)
        spec = list(_SHORT)
        if common.supports_microversion(client, '2.21'):
            spec.append('access_key')
        if common.supports_microversion(client, '2.33'):
            spec += ['created_at', 'updated_at']
        return common.list_items(
            self,
            parsed_args,
            client.access_rules,
            common.columns(_rule.ShareAccessRule, *spec),
            query={'share': found},
        )


class ShowShareAccess(common.ShowOne):
    _description = _('Show an access rule')
    min_version = PROPERTIES_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_access_id(parser)
        return parser

    def take_action(self, parsed_args):
        return show_rule(self.client.get_access_rule(parsed_args.access_id))


class _ChangeRule(common.Command):
    """Set or unset: the access rule to modify, by ID."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_access_id(parser, _('Access rule to modify (ID)'))
        return parser


class SetShareAccess(_ChangeRule):
    _description = _('Set the access level or properties of an access rule')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_property_option(
            parser, _('Set a property on the rule (repeat option to set '
                      'multiple properties)'), attr=None,
            min_version=PROPERTIES_VERSION)
        common.add_option(
            parser, '--access-level', metavar='<access_level>',
            min_version='2.88', help=_('New access level: rw or ro'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        access_id = parsed_args.access_id
        level = parsed_args.access_level
        check_level(level)
        steps = []
        if level:
            steps.append(lambda: client.update_access_rule(access_id, level))
        if parsed_args.property:
            steps.append(
                lambda: client.update_access_rule_metadata(
                    access_id, parsed_args.property
                )
            )
        rule = _rule.ShareAccessRule.existing(id=access_id)
        common.run_steps(steps, _('access rule'), rule)


class UnsetShareAccess(_ChangeRule):
    _description = _('Unset properties of an access rule')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        common.add_property_unset_option(
            parser, _('Remove a property from the rule (repeat option to '
                      'remove multiple properties)'),
            min_version=PROPERTIES_VERSION)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        if parsed_args.property:
            self.client.delete_access_rule_metadata(
                parsed_args.access_id,
                parsed_args.property,
                ignore_missing=False,
            )
