"""Share transfer action implementations (2.77)"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_transfer as _transfer
from osc_share_plugin.v2.common import targets
from osc_share_plugin.v2 import common
from osc_share_plugin.v2.common import identity
from osc_share_plugin.v2.common import waiting
from osc_share_plugin.v2 import share
from osc_share_plugin.v2 import share_backup

TRANSFER_VERSION = '2.77'
#: What show leaves out: links, and what only create sends or answers.
HIDDEN_COLUMNS = ('links', 'share_id', 'auth_key')
_SHORT = (
    'id', 'name', 'resource_type', ('resource_id', 'Resource Id'),
)  # fmt: skip
LIST_COLUMNS = common.columns(_transfer.ShareTransfer, *_SHORT)
LONG_COLUMNS = common.columns(
    _transfer.ShareTransfer,
    *_SHORT,
    'created_at',
    ('source_project_id', 'Source Project Id'),
    ('destination_project_id', 'Destination Project Id'),
    'is_accepted',
    'expires_at',
)


TRANSFER = targets.Target('transfer', 'find_share_transfer')


def _share_id(cmd, value, parsed_args):
    """A share ID is used as given, without a lookup; a name is looked up."""
    if common.is_uuid_like(value):
        return value
    return share.find_share(cmd.client, value).id


class CreateShareTransfer(common.ShowOne):
    _description = _(
        'Offer a share to another project; prints the auth key it needs'
    )
    min_version = TRANSFER_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        share.add_share_argument(parser, _('Share to transfer (name or ID)'))
        common.add_option(parser, '--name', attr=True, help=_('Transfer name'))
        return parser

    def take_action(self, parsed_args):
        found = share.find_share(self.client, parsed_args.share)
        transfer = self.client.create_share_transfer(
            share_id=found.id, **common.get_attrs(self, parsed_args)
        )
        waiting.progress(
            self,
            _(
                'The auth_key is shown only now: the receiving project '
                'needs it to run "openstack share transfer accept %s '
                '<auth_key>"'
            )
            % transfer.id,
        )
        return common.show_item(transfer, hidden=('links', 'share_id'))


class DeleteShareTransfer(common.RemoveCommand):
    _description = _('Cancel one or more share transfers')
    min_version = TRANSFER_VERSION
    noun = _('transfers')
    call = 'delete_share_transfer'
    target = TRANSFER
    target_help = _('Transfer(s) to cancel (name or ID)')


class ListShareTransfer(common.Lister):
    _description = _('List share transfers')
    min_version = TRANSFER_VERSION
    resource = _transfer.ShareTransfer

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--all-projects', action='store_true', default=False,
            attr='all_projects',
            help=_('List transfers of every project (admin)'))
        common.add_name_filters(
            parser, _('transfer'), like_min_version=None, description=False)
        add(parser, '--id', attr=True, help=_('Filter by transfer ID'))
        add(parser, '--resource-type', '--resource_type', attr=True,
            metavar='<resource-type>',
            help=_('Filter by type of the resource transferred (share)'))
        add(parser, '--resource-id', '--resource_id', attr=True,
            metavar='<resource-id>',
            help=_('Filter by the resource transferred (share name or ID)'),
            find=_share_id)
        add(parser, '--source-project-id', '--source_project_id',
            attr=True, find='project', metavar='<source-project>',
            help=_('Filter by the project offering the share (name or ID)'))
        identity.add_domain_option(parser, 'project')
        share_backup.add_paging_options(parser, _('transfers'))
        share_backup.add_detail_option(parser, '--detailed')
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.share_transfers, LIST_COLUMNS,
            LONG_COLUMNS, query={'details': parsed_args.long},
        )  # fmt: skip


class ShowShareTransfer(common.ShowOne):
    _description = _('Show the details of a share transfer')
    min_version = TRANSFER_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        TRANSFER.add(parser, _('Transfer to show (name or ID)'))
        return parser

    def take_action(self, parsed_args):
        transfer = TRANSFER.find_given(self.client, parsed_args)
        return common.show_item(transfer, hidden=HIDDEN_COLUMNS)


class AcceptShareTransfer(common.Command):
    _description = _('Accept a share transfer into this project')
    min_version = TRANSFER_VERSION

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        TRANSFER.add(
            parser, _('Transfer to accept (ID, or name where the transfer '
                      'is visible)'))
        parser.add_argument(
            'auth_key', metavar='<auth_key>',
            help=_('Auth key "share transfer create" printed'))
        parser.add_argument(
            '--clear-rules', '--clear_rules', dest='clear_rules',
            action='store_true', default=False,
            help=_('Remove the access rules of the share once transferred'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        client = self.client
        transfer = parsed_args.transfer
        if not common.is_uuid_like(transfer):
            # Only the offering project sees a transfer: the receiving one
            # names it by ID, which is used as given.
            found = client.find_share_transfer(transfer)
            if found is None:
                raise exceptions.CommandError(
                    _(
                        'No share transfer named %s is visible here: give '
                        'the transfer ID'
                    )
                    % transfer
                )
            transfer = found.id
        client.accept_share_transfer(
            transfer,
            parsed_args.auth_key,
            clear_access_rules=parsed_args.clear_rules,
        )
