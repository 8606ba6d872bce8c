"""Share service action implementations"""

from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import service as _service
from osc_share_plugin.v2 import common

_SHORT = (
    ('id', 'ID'), 'binary', 'host', ('availability_zone', 'Zone'),
    'status', 'state', 'updated_at',
)  # fmt: skip
#: Columns by microversion: the disabled reason (2.83), ensuring (2.93).
COLUMNS = (
    ('2.93', common.columns(
        _service.Service, *_SHORT, 'disabled_reason', 'ensuring')),
    ('2.83', common.columns(_service.Service, *_SHORT, 'disabled_reason')),
    ('2.0', common.columns(_service.Service, *_SHORT)),
)  # fmt: skip


class ListShareService(common.Lister):
    _description = _('List the share services (admin only)')
    resource = _service.Service
    min_version = '2.7'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--host', attr=True, help=_('Filter by host'))
        add(parser, '--binary', attr=True,
            help=_('Filter by binary (manila-share, manila-scheduler or '
                   'manila-data)'))
        add(parser, '--status', attr=True,
            help=_('Filter by status (enabled or disabled)'))
        add(parser, '--state', attr=True, choices=('up', 'down'),
            help=_('Filter by state (up or down)'))
        add(parser, '--zone', attr=True,
            help=_('Filter by availability zone'))
        add(parser, '--ensuring', attr=True, choices=('True', 'False'),
            min_version='2.93',
            help=_('Filter by whether the service is ensuring its shares'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        columns = next(
            cols
            for version, cols in COLUMNS
            if common.supports_microversion(self.client, version)
        )
        return common.list_items(
            self, parsed_args, self.client.services, columns
        )


class SetShareService(common.Command):
    _description = _(
        'Enable or disable a share service, so that the scheduler uses it '
        'or not (admin only)'
    )
    min_version = '2.7'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # fmt: off
        parser.add_argument(
            'host', metavar='<host>',
            help=_('Host of the service (such as host@backend)'))
        parser.add_argument(
            'binary', metavar='<binary>',
            help=_('Binary of the service (manila-share, manila-scheduler or '
                   'manila-data)'))
        parser.add_argument(
            '--enable', action='store_true', default=False,
            help=_('Enable the service'))
        parser.add_argument(
            '--disable', action='store_true', default=False,
            help=_('Disable the service'))
        common.add_option(
            parser, '--disable-reason', min_version='2.83',
            help=_('Why the service is disabled (with --disable)'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        if parsed_args.enable == parsed_args.disable:
            raise exceptions.CommandError(
                _('Give one of --enable or --disable')
            )
        if parsed_args.disable_reason and not parsed_args.disable:
            raise exceptions.CommandError(
                _('--disable-reason can only be used with --disable')
            )
        if parsed_args.enable:
            self.client.enable_service(parsed_args.host, parsed_args.binary)
        else:
            self.client.disable_service(
                parsed_args.host,
                parsed_args.binary,
                disable_reason=parsed_args.disable_reason,
            )


class EnsureShareServiceShares(common.Command):
    _description = _(
        'Have a manila-share service check and re-export its shares '
        '(admin only)'
    )
    min_version = '2.86'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'host',
            metavar='<host>',
            help=_('Host of the manila-share service (such as host@backend)'),
        )
        return parser

    def take_action(self, parsed_args):
        from openstack import exceptions as sdk_exceptions

        try:
            self.client.ensure_service_shares(parsed_args.host)
        except sdk_exceptions.NotFoundException as err:
            # Manila says only "The resource could not be found."
            raise exceptions.CommandError(
                _('No manila-share service on host %s') % parsed_args.host
            ) from err
