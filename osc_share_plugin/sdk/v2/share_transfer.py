"""Share transfers to another project (2.77)"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class ShareTransfer(_base.ShareResource):
    resource_key = 'transfer'
    # openstacksdk's ShareTransfer has none, so its list yields the
    # response dict's keys: Manila's list answers {"transfers": [...]}.
    resources_key = 'transfers'
    base_path = '/share-transfers'

    allow_create = True
    allow_fetch = True
    allow_commit = False
    allow_list = True
    allow_delete = True
    allow_head = False

    _paginate_by_offset = True

    #: Every filter Manila's transfer list understands; it sorts on the
    #: server (``created_at`` descending unless told).
    _query_mapping = resource.QueryParameters(
        'id',
        'name',
        'name~',
        'resource_type',
        'resource_id',
        'source_project_id',
        'destination_project_id',
        *_declare.SORTED_PAGES,
        all_projects='all_tenants',
    )

    #: Whether the receiving project accepted the transfer.
    is_accepted = resource.Body('accepted', type=bool)
    #: The key the receiving project needs: returned on create only.
    auth_key = resource.Body('auth_key', type=str)
    created_at = resource.Body('created_at', type=str)
    destination_project_id = resource.Body('destination_project_id', type=str)
    expires_at = resource.Body('expires_at', type=str)
    links = resource.Body('links', type=list)
    resource_id = resource.Body('resource_id', type=str)
    resource_type = resource.Body('resource_type', type=str)
    #: The share to transfer (create only; answers name it resource_id).
    share_id = resource.Body('share_id', type=str)
    source_project_id = resource.Body('source_project_id', type=str)

    def accept(self, session, auth_key, clear_access_rules=False):
        """Take the share into the caller's project."""
        url = self._path('accept')
        body = {'accept': {'auth_key': auth_key}}
        if clear_access_rules:
            body['accept']['clear_access_rules'] = True
        self._send(session, 'post', url, json=body)
