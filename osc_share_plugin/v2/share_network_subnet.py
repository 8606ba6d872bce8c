"""Share network subnet action implementations"""

from osc_lib.cli import format_columns
from osc_lib import exceptions

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import share_network_subnet as _subnet
from osc_share_plugin.v2 import common
from osc_share_plugin.v2 import share_network

_SUBNET = _subnet.ShareNetworkSubnet
COLUMN_MAP = {'metadata': 'properties'}
FORMATTERS = {'metadata': format_columns.DictColumn}
LIST_COLUMNS = common.columns(
    _SUBNET, 'id', 'availability_zone', 'neutron_net_id', 'neutron_subnet_id'
)
LONG_COLUMNS = common.columns(
    _SUBNET,
    *LIST_COLUMNS[0],
    'network_type',
    ('segmentation_id', 'Segmentation ID'),
    ('cidr', 'CIDR'),
    ('ip_version', 'IP Version'),
    'gateway',
    ('mtu', 'MTU'),
    'created_at',
    'updated_at',
    ('metadata', 'Properties'),
)
METADATA_VERSION = '2.78'


def show_subnet(subnet):
    return common.show_item(
        subnet, COLUMN_MAP, (), FORMATTERS,
        extra={'share_network_id': subnet.share_network_id},
    )  # fmt: skip


class _SubnetCommand:
    """Subnets exist from 2.51 on, each within its share network."""

    min_version = '2.51'
    #: The subnet positional: None, one, or several.
    subnets = 'one'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        share_network.NETWORK.add(
            parser, _('Share network of the subnet(s) (name or ID)')
        )
        if self.subnets:
            many = self.subnets == 'many'
            parser.add_argument(
                'share_network_subnets' if many else 'share_network_subnet',
                metavar='<share-network-subnet>',
                nargs='+' if many else None,
                help=_('Share network subnet(s) (ID)')
                if many
                else _('Share network subnet (ID)'),
            )
        return parser

    def network_id(self, parsed_args):
        return share_network.find_share_network(
            self, parsed_args.share_network
        )


class CreateShareNetworkSubnet(_SubnetCommand, common.ShowOne):
    _description = _('Add a subnet to a share network')
    subnets = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        share_network.add_neutron_options(
            parser, _('Neutron network of the subnet (name or ID)'),
            _('Neutron subnet of the subnet (name or ID)'))
        add(parser, '--availability-zone', attr=True,
            help=_('Availability zone the subnet serves; without it, every '
                   'zone'))
        add(parser, '--check-only', action='store_true', default=False,
            min_version='2.70',
            help=_('Only check whether the subnet can be added'))
        add(parser, '--restart-check', action='store_true', default=False,
            min_version='2.70',
            help=_('Start the check again (its result may be stale)'))
        common.add_property_option(
            parser, _('Set a property on the subnet (repeat option to set '
                      'multiple properties)'), min_version=METADATA_VERSION)
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        share_network.check_neutron_pair(parsed_args)
        checking = parsed_args.check_only or parsed_args.restart_check
        if checking and parsed_args.property:
            raise exceptions.CommandError(
                _('--property cannot be used with --check-only or '
                  '--restart-check')
            )  # fmt: skip
        network_id = self.network_id(parsed_args)
        attrs = common.get_attrs(self, parsed_args)
        if not checking:
            return show_subnet(
                self.client.create_share_network_subnet(network_id, **attrs)
            )
        result = self.client.check_share_network_subnet_create(
            network_id, reset_operation=parsed_args.restart_check, **attrs
        )
        return common.show_dict(
            result, {'hosts_check_result': format_columns.DictColumn}
        )


class DeleteShareNetworkSubnet(_SubnetCommand, common.Command):
    _description = _('Delete one or more subnets of a share network')
    subnets = 'many'

    def take_action(self, parsed_args):
        network_id = self.network_id(parsed_args)

        def delete(subnet_id):
            self.client.delete_share_network_subnet(
                network_id, subnet_id, ignore_missing=False
            )

        common.for_each(
            parsed_args.share_network_subnets,
            delete,
            _('share network subnets'),
            _('delete'),
        )


class ListShareNetworkSubnet(_SubnetCommand, common.Lister):
    _description = _('List the subnets of a share network')
    resource = _SUBNET
    subnets = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_long_option(parser, help=_('List every subnet field'))
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.share_network_subnets,
            LIST_COLUMNS, LONG_COLUMNS, FORMATTERS,
            query={'share_network_id': self.network_id(parsed_args)},
        )  # fmt: skip


class ShowShareNetworkSubnet(_SubnetCommand, common.ShowOne):
    _description = _('Show a subnet of a share network')

    def take_action(self, parsed_args):
        return show_subnet(
            self.client.get_share_network_subnet(
                self.network_id(parsed_args), parsed_args.share_network_subnet
            )
        )


class _SubnetProperties(_SubnetCommand, common.Command):
    """set and unset: the subnet's ``--property`` options, in one call."""

    #: The ``--property`` bundle of ``common``, and its help.
    property_option = None
    property_help = None
    #: The proxy method given the properties, and its keyword arguments.
    call = None
    call_kwargs = {}

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self.property_option(
            parser,
            self.property_help,
            min_version=METADATA_VERSION,
            required=True,
        )
        return parser

    def take_action(self, parsed_args):
        getattr(self.client, self.call)(
            self.network_id(parsed_args),
            parsed_args.share_network_subnet,
            parsed_args.property,
            **self.call_kwargs,
        )


class SetShareNetworkSubnet(_SubnetProperties):
    _description = _('Set properties on a subnet of a share network')
    property_option = staticmethod(common.add_property_option)
    property_help = _(
        'Set a property on the subnet (repeat option to set multiple '
        'properties)'
    )
    call = 'update_share_network_subnet_metadata'


class UnsetShareNetworkSubnet(_SubnetProperties):
    _description = _('Unset properties of a subnet of a share network')
    property_option = staticmethod(common.add_property_unset_option)
    property_help = _(
        'Remove a property from the subnet (repeat option to remove '
        'multiple properties)'
    )
    call = 'delete_share_network_subnet_metadata'
    call_kwargs = {'ignore_missing': False}
