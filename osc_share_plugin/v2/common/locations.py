"""``<parent> export location list|show``, declared, for every parent.

Shares, share instances, replicas, snapshots and snapshot instances all
have export locations: a list of the parent's, and one shown by ID. A
family declares its parent once, in a small mixin, and both commands
follow:

.. code-block:: python

    class _ReplicaLocations:
        min_version = '2.47'
        list_method = 'share_replica_export_locations'
        parent_key = 'replica_id'
        get_method = 'get_share_replica_export_location'
        list_columns = (EL_COLUMNS,)

        def add_parent(self, parser):
            add_replica_argument(parser, _('Share replica (ID)'))

        def parent_of(self, parsed_args):
            return parsed_args.replica
"""

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import output


class ExportLocationsOf:
    """The parent's positional, and the location's where one is named."""

    location_metavar = '<export-location>'
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
        raise NotImplementedError

    def parent_of(self, parsed_args):
        """What the proxy takes for the parent (an ID, or a resource)."""
        raise NotImplementedError

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
