"""``<parent> export location list|show``, declared, for every parent.

Shares, share instances, replicas, snapshots and snapshot instances all
have export locations: a list of the parent's, and one shown by ID. A
family declares its parent once, in a small mixin on
:class:`ExportLocationsOf` (``share_replica._ReplicaLocations`` is one),
and both commands follow. A parent's positional is an ID by default; a
parent found by name overrides ``add_parent`` and ``parent_of``.
"""

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import options
from osc_share_plugin.v2.common import output


class ExportLocationsOf:
    """The parent's positional, and the location's where one is named."""

    location_metavar = '<export-location>'
    #: ``(dest, help)`` of the parent's positional: an ID, passed on as
    #: given.
    parent_argument = None
    #: The proxy's list, called with ``{parent_key: parent}``.
    list_method = None
    parent_key = None
    #: The proxy's getter, called with ``(location_id, parent)``.
    get_method = None
    #: ``(columns[, long_columns])`` of the list.
    list_columns = None
    #: Keyword arguments of ``show_item`` for the shown location.
    show_options = {}

    def add_parent(self, parser):
        """Declare the parent's positional."""
        options.add_positional(parser, *self.parent_argument)

    def parent_of(self, parsed_args):
        """What the proxy takes for the parent (an ID, or a resource)."""
        return getattr(parsed_args, self.parent_argument[0])

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self.add_parent(parser)
        if not isinstance(self, commands.Lister):
            parser.add_argument(
                'export_location',
                metavar=self.location_metavar,
                help=_('Export location (ID)'),
            )
        return parser


class ListExportLocations(ExportLocationsOf, commands.Lister):
    def take_action(self, parsed_args):
        return output.list_items(
            self,
            parsed_args,
            getattr(self.client, self.list_method),
            *self.list_columns,
            query={self.parent_key: self.parent_of(parsed_args)},
        )


class ShowExportLocation(ExportLocationsOf, commands.ShowOne):
    def take_action(self, parsed_args):
        location = getattr(self.client, self.get_method)(
            parsed_args.export_location, self.parent_of(parsed_args)
        )
        return output.show_item(location, **self.show_options)
