"""Share pool action implementations"""

from osc_lib.cli import format_columns

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import storage_pool as _pool
from osc_share_plugin.v2 import common

_SHORT = ('name', 'host', 'backend', 'pool')
LIST_COLUMNS = common.columns(_pool.StoragePool, *_SHORT)
LONG_COLUMNS = common.columns(_pool.StoragePool, *_SHORT, 'capabilities')
#: Capabilities: ``key='value'`` in a table, a dict in JSON/YAML.
FORMATTERS = {'capabilities': format_columns.DictColumn}


class ListSharePool(common.Lister):
    _description = _('List the back-end storage pools (admin only)')
    resource = _pool.StoragePool

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = common.add_option
        # fmt: off
        add(parser, '--host', attr=True,
            help=_('Filter by host name (a regular expression)'))
        add(parser, '--backend', attr=True,
            help=_('Filter by back-end name (a regular expression)'))
        add(parser, '--pool', attr=True,
            help=_('Filter by pool name (a regular expression)'))
        add(parser, '--share-type', attr='share_type', find='share_type',
            min_version='2.23',
            help=_('Only pools that can hold shares of this share type '
                   '(name or ID)'))
        common.add_long_option(
            parser, '--detail',
            help=_('Show the capabilities of each pool'))
        # fmt: on
        return parser

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.storage_pools, LIST_COLUMNS,
            LONG_COLUMNS, FORMATTERS, query={'details': parsed_args.long},
        )  # fmt: skip
