"""Share user message action implementations"""

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import user_message as _message
from osc_share_plugin.v2 import common

LIST_COLUMNS = common.columns(
    _message.UserMessage, ('id', 'ID'), 'resource_type',
    ('resource_id', 'Resource ID'), ('action_id', 'Action ID'),
    'user_message', ('detail_id', 'Detail ID'), 'created_at',
)  # fmt: skip


def _resource_id(cmd, value, parsed_args):
    """--resource-id: a share name becomes its ID.

    A value that is not an ID is taken for a share's name when the
    resource type is SHARE or not given.
    """
    kind = (parsed_args.resource_type or 'share').lower()
    if common.is_uuid_like(value) or kind != 'share':
        return value
    return cmd.client.find_share(value, ignore_missing=False).id


class ListShareMessage(common.Lister):
    _description = _('List user messages: why asynchronous requests failed')
    resource = _message.UserMessage
    min_version = '2.37'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--resource-id', attr=True, find=_resource_id,
            help=_('Filter by resource (ID; with no --resource-type or '
                   'with --resource-type share, a share name too)'))
        add(parser, '--resource-type', attr=True,
            help=_('Filter by resource type (such as share or '
                   'share_snapshot)'))
        add(parser, '--action-id', attr=True,
            help=_('Filter by action ID (such as 001)'))
        add(parser, '--detail-id', attr=True,
            help=_('Filter by detail ID (such as 008)'))
        add(parser, '--request-id', attr=True,
            help=_('Filter by request ID'))
        add(parser, '--message-level', attr=True,
            help=_('Filter by message level (such as ERROR)'))
        add(parser, '--limit', metavar='<num>', type=common.positive_int,
            attr='limit',
            help=_('Return at most this many messages (one server-side '
                   'page)'))
        add(parser, '--since', attr='created_since', min_version='2.52',
            help=_('Only messages created since this time (ISO 8601, such '
                   'as 2026-01-31T12:00:00)'))
        add(parser, '--before', attr='created_before', min_version='2.52',
            help=_('Only messages created before this time (ISO 8601)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        query = {}
        if parsed_args.resource_type:
            # Manila keeps resource types upper case.
            query['resource_type'] = parsed_args.resource_type.upper()
        return common.list_items(
            self, parsed_args, self.client.user_messages, LIST_COLUMNS,
            query=query,
        )  # fmt: skip


class ShowShareMessage(common.ShowOne):
    _description = _('Show a user message')
    min_version = '2.37'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'message', metavar='<message>', help=_('Message to show (ID)')
        )
        return parser

    def take_action(self, parsed_args):
        message = self.client.get_user_message(parsed_args.message)
        return common.show_item(message, hidden=('name',))


class DeleteShareMessage(common.RemoveCommand):
    _description = _('Delete one or more user messages')
    min_version = '2.37'
    noun = _('messages')
    call = 'delete_user_message'

    def add_targets(self, parser):
        return common.add_positional(
            parser, 'message', _('Message(s) to delete (ID)'), many=True
        )
