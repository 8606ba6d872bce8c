"""Share export locations"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base


class ExportLocationFields:
    """An export location of a share, as Manila lists them under the share,
    a share instance (2.9) or a replica (2.47)."""

    resource_key = 'export_location'
    resources_key = 'export_locations'

    allow_list = True
    allow_fetch = True

    path = resource.Body('path', type=str)
    is_preferred = resource.Body('preferred', type=bool)
    is_admin = resource.Body('is_admin_only', type=bool)
    share_instance_id = resource.Body('share_instance_id', type=str)
    created_at = resource.Body('created_at', type=str)
    updated_at = resource.Body('updated_at', type=str)
    #: Export location metadata (2.87).
    metadata = resource.Body('metadata', type=dict)


class ShareExportLocation(
    _base.MetadataMixin, ExportLocationFields, _base.ShareResource
):
    base_path = '/shares/%(share_id)s/export_locations'

    _query_mapping = resource.QueryParameters()

    share_id = resource.URI('share_id', type=str)
