"""Share quota action implementations"""

from cliff import columns as cliff_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import identity

#: (flag, API key, microversion): every quota Manila keeps.
QUOTAS = (
    ('--shares', 'shares', None),
    ('--snapshots', 'snapshots', None),
    ('--gigabytes', 'gigabytes', None),
    ('--snapshot-gigabytes', 'snapshot_gigabytes', None),
    ('--share-networks', 'share_networks', None),
    ('--share-groups', 'share_groups', '2.40'),
    ('--share-group-snapshots', 'share_group_snapshots', '2.40'),
    ('--share-replicas', 'share_replicas', '2.53'),
    ('--replica-gigabytes', 'replica_gigabytes', '2.53'),
    ('--per-share-gigabytes', 'per_share_gigabytes', '2.62'),
    ('--backups', 'backups', '2.80'),
    ('--backup-gigabytes', 'backup_gigabytes', '2.80'),
    ('--encryption-keys', 'encryption_keys', '2.90'),
)
QUOTA_KEYS = tuple(key for _flag, key, _v in QUOTAS)


class QuotaUsageColumn(cliff_columns.FormattableColumn):
    """A ``--detail`` quota: ``in_use``/``limit``/``reserved`` lines in a
    table, a dict in JSON/YAML."""

    def human_readable(self):
        if not isinstance(self._value, dict):
            return str(self._value)
        return '\n'.join(f'{k} = {v}' for k, v in sorted(self._value.items()))

    def machine_readable(self):
        return self._value


def _add_scope_options(parser, verb, metavar='<project>', help=None):
    """<project>, --user and --share-type (one of them), domains."""
    add = common.add_option
    # fmt: off
    add(parser, 'project', metavar=metavar,
        help=help or _('Project to %s the quotas of (name or ID)') % verb)
    add(parser, '--user', attr='user_id', find='user',
        help=_('User of the project (name or ID); not with --share-type'))
    add(parser, '--share-type', attr='share_type', find='share_type',
        min_version='2.39',
        help=_('Share type (name or ID); not with --user'))
    identity.add_domain_option(parser, 'project')
    identity.add_domain_option(parser, 'user')
    # fmt: on


def _scope(cmd, parsed_args):
    """(project ID, {user_id or share_type}) of a quota command."""
    if parsed_args.user and parsed_args.share_type:
        raise exceptions.CommandError(
            _('--user and --share-type cannot be used together')
        )
    project_id = _project_id(
        cmd, parsed_args.project, parsed_args.project_domain
    )
    scope = common.get_attrs(cmd, parsed_args, exclude=QUOTA_KEYS)
    return project_id, scope


def _project_id(cmd, project, domain):
    """Keystone's ID of ``project``; a member's own project by name too.

    A member may not look projects up by name, so Keystone's answer is
    the name itself: when it names the caller's project, its ID is known.
    """
    found = identity.find_id(cmd.app, 'project', project, domain)
    auth = getattr(cmd.app.client_manager, 'auth_ref', None)
    if found == project and auth is not None:
        own_domain = (auth.project_domain_name, auth.project_domain_id)
        if project == auth.project_name and domain in (None, *own_domain):
            return auth.project_id
    return found


def _check_class(parsed_args, *others):
    """--class names a class: no user, share type (or ``others``)."""
    flags = ('user', 'share_type') + others
    if any(getattr(parsed_args, dest) for dest in flags):
        raise exceptions.CommandError(
            _('--class cannot be used with %s')
            % ', '.join('--' + dest.replace('_', '-') for dest in flags)
        )


def _quota_value(flag, text):
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < -1:
        raise exceptions.CommandError(
            _('%(flag)s must be a whole number, or -1 for unlimited, not '
              '%(value)r') % {'flag': flag, 'value': text}
        )  # fmt: skip
    return value


def _show(quota_set, detail=False):
    fields = {
        name: value
        for name, value in sorted(quota_set._body.attributes.items())
        if name not in ('name', 'location')
    }
    formatters = {k: QuotaUsageColumn for k in fields} if detail else None
    return common.show_dict(fields, formatters)


class _QuotaCommand:
    """Quotas exist in the API from 2.7 on; each command has a scope."""

    min_version = '2.7'
    #: The arguments of ``_add_scope_options``: the verb, and for set the
    #: metavar and help of the project (or class).
    scope = ()

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_scope_options(parser, *self.scope)
        return parser


class SetShareQuota(_QuotaCommand, common.Command):
    _description = _(
        'Set quotas of a project, a user or share type in a project, or a '
        'quota class'
    )
    scope = (
        _('set'),
        '<project/class>',
        _(
            'Project (name or ID), or with --class a quota class (such as '
            'default)'
        ),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            '--class', dest='quota_class', action='store_true', default=False,
            help=_('Set the quotas of the quota class <project/class> (the '
                   'class default applies to every project)'))
        for flag, key, version in QUOTAS:
            common.add_option(
                parser, flag, attr=key, min_version=version,
                help=_('New "%s" quota (-1: unlimited)') % flag[2:])
        parser.add_argument(
            '--force', action='store_true', default=False,
            help=_('Set the quotas even below what is in use'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        quotas = {
            key: _quota_value(flag, getattr(parsed_args, key))
            for flag, key, _v in QUOTAS
            if getattr(parsed_args, key) is not None
        }
        if not quotas:
            raise exceptions.CommandError(
                _('Nothing to set: give at least one of %s')
                % ', '.join(flag for flag, _k, _v in QUOTAS)
            )
        if parsed_args.quota_class:
            _check_class(parsed_args)
            self.client.update_quota_class_set(parsed_args.project, **quotas)
            return
        project_id, scope = _scope(self, parsed_args)
        self.client.update_quota_set(
            project_id, force=parsed_args.force, **scope, **quotas
        )


class ShowShareQuota(_QuotaCommand, common.ShowOne):
    _description = _(
        'Show quotas of a project, a user or share type in a project, or a '
        'quota class'
    )
    scope = (_('show'),)

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            '--detail', action='store_true', default=False,
            help=_('Show what is in use and reserved too (2.25)'))
        parser.add_argument(
            '--defaults', action='store_true', default=False,
            help=_('Show the default quotas of the project'))
        parser.add_argument(
            '--class', dest='quota_class', action='store_true', default=False,
            help=_('Show the quotas of the quota class <project> (such as '
                   'default)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        if parsed_args.quota_class:
            _check_class(parsed_args, 'detail', 'defaults')
            return _show(client.get_quota_class_set(parsed_args.project))
        if parsed_args.detail:
            common.require_microversion(client, '2.25', '--detail')
        project_id, scope = _scope(self, parsed_args)
        if parsed_args.defaults:
            return _show(client.get_default_quota_set(project_id))
        quota_set = client.get_quota_set(
            project_id, detail=parsed_args.detail, **scope
        )
        return _show(quota_set, parsed_args.detail)


class DeleteShareQuota(_QuotaCommand, common.Command):
    _description = _(
        'Delete the quotas of a project, or of a user or share type in it: '
        'they revert to the defaults'
    )
    scope = (_('delete'),)

    def take_action(self, parsed_args):
        project_id, scope = _scope(self, parsed_args)
        self.client.delete_quota_set(project_id, **scope)
