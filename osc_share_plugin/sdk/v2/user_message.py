"""User messages: why an asynchronous operation failed"""

from openstack import resource

from osc_share_plugin.sdk.v2 import _base
from osc_share_plugin.sdk.v2 import _declare


class UserMessage(_base.ShareResource):
    resource_key = 'message'
    resources_key = 'messages'
    base_path = '/messages'

    allow_fetch = True
    allow_delete = True
    allow_list = True

    # ``created_since``/``created_before`` (ISO 8601) need 2.52.
    _query_mapping = resource.QueryParameters(
        'action_id',
        'detail_id',
        'message_level',
        'project_id',
        'request_id',
        'resource_id',
        'resource_type',
        'created_since',
        'created_before',
        *_declare.SORTED_PAGES,
        include_pagination_defaults=False,
    )
    _paginate_by_offset = True

    action_id = resource.Body('action_id', type=str)
    created_at = resource.Body('created_at', type=str)
    detail_id = resource.Body('detail_id', type=str)
    expires_at = resource.Body('expires_at', type=str)
    message_level = resource.Body('message_level', type=str)
    project_id = resource.Body('project_id', type=str)
    request_id = resource.Body('request_id', type=str)
    resource_id = resource.Body('resource_id', type=str)
    resource_type = resource.Body('resource_type', type=str)
    #: The action and what went wrong, in words.
    user_message = resource.Body('user_message', type=str)
