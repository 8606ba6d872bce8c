"""Share snapshot instances (2.19) and their export locations (2.32)"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import share_snapshot as _snapshot


class ShareSnapshotInstance(_base.ShareResource):
    resource_key = 'snapshot_instance'
    resources_key = 'snapshot_instances'
    base_path = '/snapshot-instances'

    allow_list = True
    allow_fetch = True

    #: The one filter Manila's list understands.
    _query_mapping = resource.QueryParameters('snapshot_id')

    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)
    progress = resource.Body('progress', type=str)
    provider_location = resource.Body('provider_location', type=str)
    share_id = resource.Body('share_id', type=str)
    share_instance_id = resource.Body('share_instance_id', type=str)
    snapshot_id = resource.Body('snapshot_id', type=str)
    status = resource.Body('status', type=str)

    def reset_status(self, session, status):
        self._action(session, {'reset_status': {'status': status}})


class ShareSnapshotInstanceExportLocation(
    _snapshot.SnapshotExportLocationFields, _base.ShareResource
):
    base_path = '/snapshot-instances/%(snapshot_instance_id)s/export-locations'

    snapshot_instance_id = resource.URI('snapshot_instance_id', type=str)
