"""Share availability zone action implementations"""

from osc_share_plugin.i18n import _
from osc_share_plugin.sdk.v2 import availability_zone as _az
from osc_share_plugin.v2 import common

LIST_COLUMNS = common.columns(
    _az.AvailabilityZone, ('id', 'Id'), 'name', 'created_at', 'updated_at'
)


class ListShareAvailabilityZone(common.Lister):
    _description = _('List the availability zones of the share service')
    resource = _az.AvailabilityZone
    min_version = '2.7'

    def take_action(self, parsed_args):
        return common.list_items(
            self, parsed_args, self.client.availability_zones, LIST_COLUMNS
        )
