"""Share backup action implementations (2.80)"""

import argparse

from osc_lib.cli import parseractions
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_backup as _backup
from osc_share_plugin.v2.common import changes
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share

BACKUP_VERSION = '2.80'
TARGETED_RESTORE_VERSION = '2.91'
HIDDEN_COLUMNS = ('backup_options', 'links')
_SHORT = ('id', 'name', 'share_id', 'status')
LIST_COLUMNS = common.columns(_backup.ShareBackup, *_SHORT)
LONG_COLUMNS = common.columns(
    _backup.ShareBackup,
    *_SHORT,
    'description',
    'size',
    'created_at',
    'updated_at',
    'availability_zone',
    'progress',
    'restore_progress',
    'host',
    'topic',
)
#: Statuses that end a wait with a failure.
BACKUP_FAILURES = ('error',)
DELETE_FAILURES = ('error_deleting', 'error')
RESTORE_SHARE_FAILURES = ('error', 'backup_restoring_error')
STATUSES = ('available', 'error', 'creating', 'deleting', 'restoring')


def add_detail_option(parser, flag):
    """manilaclient's ``--detail [<0|1>]`` (or ``--detailed``) as --long."""
    parser.add_argument(
        flag, dest='long', metavar='<0|1>', nargs='?', const=True,
        default=False, type=common.parse_bool,
        help=_('List more fields (the flag alone, or 1/0)'),
    )  # fmt: skip


def add_paging_options(parser, noun):
    """Paging, with manilaclient's --sort_key/--sort_dir spellings too."""
    common.add_paging_options(parser, noun, sort='split')
    for name in ('sort_key', 'sort_dir'):
        parser.add_argument(
            '--' + name, dest=name, help=argparse.SUPPRESS,
            choices=parser._option_string_actions[
                '--' + name.replace('_', '-')].choices,
        )  # fmt: skip


BACKUP = targets.Target('backup', 'find_share_backup')


def _show(backup):
    return common.show_item(backup, hidden=HIDDEN_COLUMNS)


class CreateShareBackup(common.ShowOne):
    _description = _('Create a backup of a share')
    min_version = BACKUP_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        share.add_share_argument(parser, _('Share to back up (name or ID)'))
        add(parser, '--name', attr=True, help=_('Backup name'))
        add(parser, '--description', attr=True,
            help=_('Backup description'))
        add(parser, '--backup-options', metavar='<key=value>',
            action=parseractions.KeyValueAction, attr=True,
            help=_('Backup driver option, such as backup_type=<type> '
                   '(repeat option to set multiple options)'))
        common.add_wait_options(
            parser, _('Wait for the backup to become available, showing '
                      'its progress'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        found = share.find_share(client, parsed_args.share)
        attrs = common.get_attrs(self, parsed_args)
        backup = client.create_share_backup(share_id=found.id, **attrs)
        if parsed_args.wait:
            backup = common.wait_for_status(
                self, backup, parsed_args, failures=BACKUP_FAILURES
            )
        return _show(backup)


class DeleteShareBackup(common.RemoveCommand):
    _description = _('Delete one or more share backups')
    min_version = BACKUP_VERSION
    noun = _('backups')
    call = 'delete_share_backup'
    target = BACKUP
    target_help = _('Backup(s) to delete (name or ID)')
    wait_help = _('Wait for the backup(s) to be gone')
    wait_failures = DELETE_FAILURES


class ListShareBackup(common.Lister):
    _description = _('List share backups')
    min_version = BACKUP_VERSION
    resource = _backup.ShareBackup

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--share', attr='share_id', find='share',
            help=_('Filter by share (name or ID)'))
        common.add_name_filters(parser, _('backup'), like_min_version=None)
        add(parser, '--status', attr=True, help=_('Filter by status'))
        add(parser, '--all-projects', action='store_true', default=False,
            attr='all_projects', help=_('List backups of every project '
                                        '(admin)'))
        add_paging_options(parser, _('backups'))
        add_detail_option(parser, '--detail')
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.share_backups, LIST_COLUMNS,
            LONG_COLUMNS, query={'details': parsed_args.long},
        )  # fmt: skip


class ShowShareBackup(common.ShowOne):
    _description = _('Show the details of a share backup')
    min_version = BACKUP_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        BACKUP.add(parser, _('Backup to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        return _show(BACKUP.find_given(self.client, parsed_args))


class RestoreShareBackup(common.Command):
    _description = _(
        'Restore a share backup onto its share, or onto another share'
    )
    min_version = BACKUP_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        BACKUP.add(parser, _('Backup to restore (name or ID)'))
        common.add_option(
            parser, '--target-share', min_version=TARGETED_RESTORE_VERSION,
            help=_('Share to overwrite with the backup (name or ID; '
                   'default: the backed up share)'))
        common.add_wait_options(
            parser, _('Wait for the restore to end and the share to be '
                      'available, showing the restore progress'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        backup = BACKUP.find_given(client, parsed_args)
        target = None
        if parsed_args.target_share:
            target = share.find_share(client, parsed_args.target_share)
            _check_target(client, backup, target)
        restored = client.restore_share_backup(
            backup, target.id if target else None
        )
        if parsed_args.wait:
            # Manila marks both before it answers: the backup 'restoring',
            # the share 'backup_restoring'.
            restoring = _backup.ShareBackupRestore.existing(
                id=backup.id, name=backup.name, status='restoring'
            )
            common.wait_for_status(
                self, restoring, parsed_args, failures=BACKUP_FAILURES
            )
            share_id = restored.get('share_id') or backup.share_id
            common.wait_for_status(
                self, client.get_share(share_id), parsed_args,
                failures=RESTORE_SHARE_FAILURES,
            )  # fmt: skip


def _check_target(client, backup, target):
    """Refuse a share of another protocol: Manila checks only the size."""
    from openstack import exceptions as sdk_exceptions

    try:
        source = client.get_share(backup.share_id)
    except sdk_exceptions.NotFoundException:
        return  # the backed up share is gone: nothing to compare with
    wanted = (source.share_protocol or '').upper()
    if wanted and (target.share_protocol or '').upper() != wanted:
        raise exceptions.CommandError(
            _('Backup %(backup)s is of a %(wanted)s share: it cannot be '
              'restored onto %(share)s, a %(proto)s share')
            % {'backup': backup.name or backup.id, 'wanted': wanted,
               'share': target.name or target.id,
               'proto': target.share_protocol}
        )  # fmt: skip


class _ChangeBackup(common.ChangeCommand):
    noun = _('backup')
    update = 'update_share_backup'
    min_version = BACKUP_VERSION
    target = BACKUP
    target_help = _('Backup to modify (name or ID)')


class SetShareBackup(_ChangeBackup):
    _description = _('Set share backup properties')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--name', attr=True, help=_('New backup name'))
        add(parser, '--description', attr=True,
            help=_('New backup description'))
        changes.add_status_option(
            parser, _('backup'), STATUSES, 'reset_share_backup_status')
        # fmt: on
        return parser


class UnsetShareBackup(_ChangeBackup):
    _description = _('Unset share backup properties')
    nothing = _('Give --name and/or --description to clear')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_clear_options(parser, _('backup'))
        return parser
